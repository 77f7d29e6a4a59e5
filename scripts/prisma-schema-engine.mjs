#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI downloads
// at first use from a host this network cannot reach. prisma.config.ts points
// PRISMA_SCHEMA_ENGINE_BINARY here; the CLI then spawns this script as it would
// spawn the binary, and the work is done by @prisma/schema-engine-wasm (the same
// engine compiled to WebAssembly) over @prisma/adapter-pg. PostgreSQL only.
//
// The CLI (node_modules/prisma/build/cli.js) invokes it in three ways:
//   --datamodels <file> [--datamodels <file> ...] [--datasource <json>]
//       JSON-RPC server on stdin/stdout (migrate dev/deploy/status/reset/diff,
//       db push/execute/pull). <json> is prisma.config.ts's datasource:
//       {"url": ..., "shadowDatabaseUrl"?: ...}. It may also pass
//       --enabled-preview-features and --extension-types (ignored here).
//   --datasource <json> cli can-connect-to-database | create-database
//       one-shot commands; failures go to stderr as JSON log lines.
//   --version   (`prisma version`)
//
// Files: prisma-engine/json-rpc.mjs (the request loop over the wasm engine),
// prisma-engine/adapter.mjs (the database adapter it runs on) and
// prisma-engine/postgres.mjs (connection strings, checks, CREATE DATABASE).
// Comments marked "Trap N" explain each way the plain wasm engine + adapter
// fail under the CLI, and the work-around.

// stdout carries JSON-RPC and stderr carries JSON log lines the CLI parses:
// keep Node's own warnings and any stray console.log off both.
process.removeAllListeners("warning");
console.log = console.info = console.debug = () => {};

function parseArgs(argv) {
  const args = { datamodelPaths: [], datasource: {}, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--datamodels") args.datamodelPaths.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "cli") args.cli = argv[++i] ?? "";
  }
  return args;
}

// For `cli` commands the CLI skips the first stderr line, parses every other
// line as JSON and shows `fields.message`/`fields.error_code` of the ERROR line
// with target "schema_engine::logger" (trap 9).
function logLine(level, fields) {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: "schema_engine::logger",
  });
}

async function runCliCommand(command, datasource) {
  const banner = logLine("INFO", { message: `Starting schema engine CLI (Node.js stand-in): ${command}` });
  let failure = null;
  try {
    const { checkConnection, createDatabase } = await import("./prisma-engine/postgres.mjs");
    if (command === "can-connect-to-database") {
      failure = await checkConnection(datasource.url);
    } else if (command === "create-database") {
      const name = await createDatabase(datasource.url);
      process.stdout.write(`Database '${name}' was successfully created.\n`);
    } else {
      failure = new Error(`Unknown cli command: ${command}`);
    }
  } catch (error) {
    failure = error;
  }
  if (!failure) return 0;
  const fields = { message: failure.message };
  if (failure.code && /^P\d{4}$/.test(failure.code)) fields.error_code = failure.code;
  // No newline after the last line: the CLI would try to parse an empty line.
  process.stderr.write(`${banner}\n${logLine("ERROR", fields)}`);
  return 1;
}

const args = parseArgs(process.argv.slice(2));
if (args.version) {
  const { wasmEngineVersion } = await import("./prisma-engine/json-rpc.mjs");
  process.stdout.write(
    `schema-engine-cli ${await wasmEngineVersion()} (@prisma/schema-engine-wasm via scripts/prisma-schema-engine.mjs)\n`,
  );
} else if (args.cli !== null) {
  process.exitCode = await runCliCommand(args.cli, args.datasource);
} else {
  let server;
  try {
    server = await import("./prisma-engine/json-rpc.mjs");
  } catch (error) {
    answerEveryRequestWith(error);
  }
  server?.serveJsonRpc(args);
}

// Trap 8: if the engine cannot even load (a package missing from node_modules),
// exiting would leave the CLI waiting for an answer and then exiting with 0.
// Answer each request with the error instead.
async function answerEveryRequestWith(error) {
  const { createInterface } = await import("node:readline");
  const message = `The schema engine stand-in could not start: ${error?.stack ?? error}`;
  createInterface({ input: process.stdin }).on("line", (line) => {
    let request = {};
    try {
      request = JSON.parse(line);
    } catch {
      // unparsable: still answer, with id null
    }
    if (request.id !== undefined && typeof request.method !== "string") return; // an answer, not a request
    const id = request.id ?? null;
    const data = { is_panic: false, message };
    process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", id, error: { code: 4466, message, data } })}\n`);
  });
}
