/**
 * `npm run bench -- figures [--iterations=N]`: the figures page's queries with 100,000 persons,
 * 300,000 registrations and 200,000 referrals, for one municipality (as its officer sees it) and
 * for all of Flanders (as an administrator), against the idle baseline of `SELECT 1` through the
 * same client, measured interleaved in the same run. Target: one municipality p95 < 200 ms.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { timeCasesInRounds } from "./support/rounds";

// The use-cases import "server-only"; under the react-server condition it is the empty module,
// as inside Next.js. Re-run this file with it if it is not set.
if (
  !process.execArgv.join(" ").includes("react-server") &&
  !process.env.NODE_OPTIONS?.includes("react-server")
) {
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)],
    { stdio: "inherit", env: process.env },
  );
  process.exit(result.status ?? 1);
}

const { openDatabase } = await import("../scripts/db/database");
const { runToCompletion } = await import("../scripts/process");
const { ensureBenchData, counts } = await import("./figures-data");

const iterations = Number(process.argv.find((arg) => arg.startsWith("--iterations="))?.split("=")[1] ?? 60);
const database = await openDatabase("bench");
try {
  process.env.DATABASE_URL = database.url;
  if (
    (await runToCompletion("prisma", ["migrate", "deploy"], {
      ...process.env,
      DATABASE_URL: database.url,
    })) !== 0
  )
    throw new Error("migrations failed");
  await ensureBenchData(database.url, (line) => console.log(`data: ${line}`));

  const { db } = await import("../src/server/db");
  const { getFigures } = await import("../src/server/figures/get-figures");
  const client = db();
  const [officerOrg] = await client.$queryRaw<{ id: string; nis: string; persons: number }[]>`
    SELECT o."id", o."municipalityNis" AS nis, count(p.*)::int AS persons FROM "Organisation" o JOIN "Person" p ON p."municipalityNis" = o."municipalityNis"
    WHERE o."municipalityNis" IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`;
  if (!officerOrg) throw new Error("no municipality in the bench data");
  const officer = {
    userId: "bench-officer",
    role: "MUNICIPALITY_OFFICER" as const,
    organisationId: officerOrg.id,
    municipalityNis: officerOrg.nis,
  };
  const admin = {
    userId: "bench-admin",
    role: "ADMIN" as const,
    organisationId: officerOrg.id,
    municipalityNis: null,
  };

  const cases: [string, () => Promise<unknown>][] = [
    ["baseline: SELECT 1", () => client.$queryRaw`SELECT 1`],
    [
      `one municipality (${officerOrg.nis}, ${officerOrg.persons} persons), 12 months`,
      () => getFigures(officer, {}),
    ],
    ["all of Flanders, 12 months", () => getFigures(admin, { place: "FLANDERS" })],
    ["all of Flanders, 36 months", () => getFigures(admin, { place: "FLANDERS", from: "2000-01" })],
  ];
  const results = await timeCasesInRounds(cases, iterations);
  console.log(
    `\nfigures bench: ${counts.persons} persons, ${counts.registrations} registrations, ${counts.referrals} referrals, ${counts.intakes} intakes; ${iterations} rounds`,
  );
  console.table(results);
  const one = results[1]!;
  console.log(`one municipality p95 ${one.p95} ms (target < 200 ms): ${one.p95 < 200 ? "met" : "NOT met"}`);
  const dir = path.join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `figures-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
    JSON.stringify({ counts, iterations, results }, null, 2),
  );
  await client.$disconnect();
} finally {
  await database.stop();
}
