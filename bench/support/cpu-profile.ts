/**
 * Reads a V8 CPU profile (`node --cpu-prof`) of the production server and sums its samples inside a
 * time window by what the code belongs to (Next, zod, Prisma, pg, the app, Node, GC, idle). Frames in
 * Next's bundled chunks are mapped back to their sources through the build's source maps, so zod or
 * the app's code inside a chunk counts as itself.
 */
import { existsSync, readFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; parent?: number; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] };

const categories: [string, (source: string, name: string) => boolean][] = [
  ["idle", (source, name) => name === "(idle)"],
  ["garbage collection", (source, name) => name === "(garbage collector)"],
  ["V8/native (program)", (source, name) => name === "(program)" || name === "(root)"],
  ["zod", (source) => source.includes("/zod/")],
  [
    "Prisma client (query compiler, interpreter)",
    (source) => /@prisma\/|generated\/prisma|^wasm:/.test(source),
  ],
  ["pg driver", (source) => /\/pg(-protocol|-pool|-types|-cloudflare)?\//.test(source)],
  ["response compression", (source) => /compression|node:zlib/.test(source)],
  ["React rendering", (source) => /react-dom|react-server|compiled\/react/.test(source)],
  ["Next request handling", (source) => /\/next\/|next-intl|\.next\//.test(source)],
  ["app code (src/)", (source) => source.includes("/src/")],
  ["Node (http, streams, crypto)", (source) => source.startsWith("node:")],
  ["other", () => true],
];

const maps = new Map<string, SourceMap | undefined>();
function sourceOf(frame: CallFrame): string {
  if (!frame.url.includes("/.next/")) return frame.url;
  let map = maps.get(frame.url);
  if (!maps.has(frame.url)) {
    const file = `${frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url}.map`;
    map = existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, "utf8"))) : undefined;
    maps.set(frame.url, map);
  }
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
  return entry && "originalSource" in entry ? entry.originalSource : frame.url;
}

const categoryOf = (frame: CallFrame) => {
  const source = sourceOf(frame);
  return categories.find(([, matches]) => matches(source, frame.functionName))![0];
};
const placeOf = (frame: CallFrame) =>
  `${frame.functionName || "(anonymous)"} ${sourceOf(frame).replace(/^.*node_modules\//, "")}`;

/**
 * Milliseconds per category in [fromUs, toUs] (CLOCK_MONOTONIC microseconds, as process.hrtime):
 * `self` counts each sample once, by its innermost frame; `inclusive` counts a sample for every
 * category anywhere on its stack (so zod called from the app counts for both).
 */
export function summarizeProfile(file: string, fromUs: number, toUs: number) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes)
    for (const child of node.children ?? []) byId.get(child)!.parent = node.id;
  const self: Record<string, number> = {};
  const functions: Record<string, number> = {};
  const inclusive: Record<string, number> = {};
  const stackCategories = new Map<number, Set<string>>();
  let time = profile.startTime;
  let totalMs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    time += delta;
    if (time < fromUs || time > toUs) continue;
    const ms = delta / 1000;
    totalMs += ms;
    const leaf = byId.get(profile.samples[i]!)!;
    // A native frame (a socket write, a hash) counts for the JavaScript that called it.
    let owner = leaf;
    while (owner.callFrame.url === "" && !owner.callFrame.functionName.startsWith("(") && owner.parent)
      owner = byId.get(owner.parent)!;
    const leafCategory = categoryOf(owner.callFrame);
    self[leafCategory] = (self[leafCategory] ?? 0) + ms;
    const place = placeOf(leaf.callFrame);
    functions[place] = (functions[place] ?? 0) + ms;
    let onStack = stackCategories.get(leaf.id);
    if (!onStack) {
      onStack = new Set<string>();
      for (let node: ProfileNode | undefined = leaf; node; node = byId.get(node.parent ?? -1))
        onStack.add(categoryOf(node.callFrame));
      stackCategories.set(leaf.id, onStack);
    }
    for (const category of onStack) inclusive[category] = (inclusive[category] ?? 0) + ms;
  }
  const round = (record: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(record)
        .sort(([, a], [, b]) => b - a)
        .map(([key, value]) => [key, Math.round(value)]),
    );
  return {
    windowMs: Math.round((toUs - fromUs) / 1000),
    sampledMs: Math.round(totalMs),
    self: round(self),
    inclusive: round(inclusive),
    topFunctions: Object.fromEntries(Object.entries(round(functions)).slice(0, 15)),
  };
}
