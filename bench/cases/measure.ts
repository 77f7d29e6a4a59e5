/**
 * Times the use-cases themselves (authorisation, scoped query, audit write) against the generated
 * data, and the idle baseline `SELECT 1` through the same Prisma client in the same run.
 * Started by bench/cases.ts with DATABASE_URL set.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { db } from "../../src/server/db";
import { searchPersons } from "../../src/server/cases/search-persons";
import { getPerson, getPersonCaseOverview } from "../../src/server/cases/get-person";
import { startIntake } from "../../src/server/cases/start-intake";
import { saveIntakeStep } from "../../src/server/cases/save-intake-step";
import type { Actor } from "../../src/server/auth/actor";
import { benchOrganisationCount, benchUuid } from "./generate";

const runs = Number(process.argv[2] ?? 200);

async function timeIt(label: string, count: number, action: (index: number) => Promise<unknown>) {
  for (let index = 0; index < Math.min(10, count); index++) await action(index); // warm-up
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const start = performance.now();
    await action(index);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? Number.NaN;
  return { label, runs: count, p50: at(0.5), p95: at(0.95) };
}

const personId = (n: number) => {
  const hex = createHash("md5").update(`person:${n}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

const counted = await db().$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM "Person"`;
const persons = Number(counted[0]?.count ?? 0);
const admin: Actor = {
  userId: "bench-admin",
  role: "ADMIN",
  organisationId: benchUuid("org", 0),
  municipalityNis: null,
};
const caseworkerOf = (organisation: number): Actor => ({
  userId: `bench-caseworker-${organisation}`,
  role: "CASEWORKER",
  organisationId: benchUuid("org", organisation),
  municipalityNis: null,
});
const queries = [
  "Oleksandr Shevchenko",
  "Aleksandr Sevcenko",
  "shevch",
  "Олена Коваленко",
  "kovalenko",
  "Yuliia Tkachenko",
  "bondar",
  "Iryna Melnyk",
];

const baseline = await timeIt("baseline: SELECT 1", runs, () => db().$queryRaw`SELECT 1`);
const results = [
  await timeIt("search persons (caseworker, own organisation)", runs, (index) =>
    searchPersons(caseworkerOf(index % benchOrganisationCount), { query: queries[index % queries.length] }),
  ),
  await timeIt("search persons (administrator, all persons)", runs, (index) =>
    searchPersons(admin, { query: queries[index % queries.length] }),
  ),
  await timeIt("open a person with their intakes", runs, async (index) => {
    const n = (index * 7727) % persons;
    const actor = caseworkerOf(n % benchOrganisationCount);
    await getPerson(actor, personId(n));
    await getPersonCaseOverview(actor, personId(n));
  }),
  await timeIt("save an intake (start + needs step)", Math.max(20, Math.floor(runs / 2)), async (index) => {
    const n = (index * 104729) % persons;
    const actor = caseworkerOf(n % benchOrganisationCount);
    const intake = await startIntake(actor, personId(n), { conductedOn: "2026-03-02" });
    await saveIntakeStep(actor, {
      intakeId: intake.id,
      step: "needs",
      version: 1,
      fields: {
        needs: [
          { topic: "DUTCH_LESSONS", note: "Evenings" },
          { topic: "WORK", note: "" },
        ],
      },
    });
  }),
];

const format = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(
  `\n${persons} persons. Baseline (${baseline.label}): p50 ${format(baseline.p50)}, p95 ${format(baseline.p95)}\n`,
);
console.log("| measurement | runs | p50 | p95 | p50 / baseline p50 | p95 / baseline p95 |");
console.log("|---|---|---|---|---|---|");
for (const result of results) {
  console.log(
    `| ${result.label} | ${result.runs} | ${format(result.p50)} | ${format(result.p95)} | ${(result.p50 / baseline.p50).toFixed(1)}× | ${(result.p95 / baseline.p95).toFixed(1)}× |`,
  );
}
const search = results[0]!;
console.log(`\nSearch p95 target < 50 ms: ${search.p95 < 50 ? "met" : "NOT met"} (${format(search.p95)}).`);
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/cases.json",
  JSON.stringify({ at: new Date().toISOString(), persons, baseline, results }, null, 2),
);
await db().$disconnect();
