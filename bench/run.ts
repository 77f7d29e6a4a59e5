/**
 * `npm run bench -- <name> [args]` runs `bench/<name>.ts`. Benchmarks report ratios against a
 * baseline measured in the same run, because these machines are noisy.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { runToCompletion } from "../scripts/process";

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && file !== "run.ts")
  .map((file) => file.replace(/\.ts$/, ""));

if (!name || !existsSync(path.join(import.meta.dirname, `${name}.ts`))) {
  console.error(`Usage: npm run bench -- <name>. Available: ${available.join(", ")}`);
  process.exit(2);
}
process.exit(
  await runToCompletion("tsx", [path.join("bench", `${name}.ts`), ...args], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
  }),
);
