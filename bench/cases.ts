/**
 * `npm run bench -- cases`: person search, opening a person with their intakes, and saving an
 * intake, with 100,000 persons and 200,000 intakes in the database (generated once, set-based, in
 * the embedded `.data/bench` PostgreSQL or the server DATABASE_URL names). Each figure is reported
 * with the idle baseline of `SELECT 1` through the same client, measured in the same run.
 * Options: --persons N --intakes N (defaults 100000 and 200000), --runs N (default 200).
 */
import { openDatabase } from "../scripts/db/database";
import { runToCompletion } from "../scripts/process";
import { generateCaseData } from "./cases/generate";

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};

const persons = option("persons", 100_000);
const intakes = option("intakes", 200_000);
const runs = option("runs", 200);

const database = await openDatabase("bench");
const env = { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "warn" };
let code = 1;
try {
  code = await runToCompletion("prisma", ["migrate", "deploy"], env);
  if (code === 0) {
    await generateCaseData(database.url, persons, intakes);
    // The use-cases import "server-only", which only resolves under the react-server condition.
    code = await runToCompletion(
      "tsx",
      ["--conditions=react-server", "bench/cases/measure.ts", String(runs)],
      env,
    );
  }
} finally {
  await database.stop();
}
process.exit(code);
