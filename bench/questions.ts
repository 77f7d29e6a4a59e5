/**
 * `npm run bench -- questions [--iterations=N]`: with 50,000 questions and 2,000 published answers,
 * the adviser's queue (legal adviser: every region; housing coordinator: one province) and the
 * search of answers (text, text + topic, similar-to-a-title), each through its use-case, against
 * `SELECT 1` through the same client, interleaved in the same run. Target: p95 < 100 ms each.
 * It also compares how well Dutch full-text search and trigrams find the ten known answers of
 * `searchQualitySet` from the queries staff type (hits in the top 5).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { timeCasesInRounds } from "./support/rounds";

// The use-cases import "server-only"; under the react-server condition it is the empty module.
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
const { ensureQuestionsBenchData, counts, benchAdvisers, benchOrganisationId, searchQualitySet } =
  await import("./questions-data");

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
  await ensureQuestionsBenchData(database.url, (line) => console.log(`data: ${line}`));

  const { db } = await import("../src/server/db");
  const { listQuestions } = await import("../src/server/questions/list-questions");
  const { matchAnswers, searchAnswers, similarAnswers } =
    await import("../src/server/questions/search-answers");
  const client = db();
  const adviser = (userId: string) => ({
    userId,
    role: "AGII_ADVISER" as const,
    organisationId: benchOrganisationId,
    municipalityNis: null,
  });
  const officer = {
    userId: "bench-asker",
    role: "CASEWORKER" as const,
    organisationId: benchOrganisationId,
    municipalityNis: "24062",
  };

  const cases: [string, () => Promise<unknown>][] = [
    ["baseline: SELECT 1", () => client.$queryRaw`SELECT 1`],
    ["queue: legal adviser, every region", () => listQuestions(adviser(benchAdvisers.legal))],
    [
      "queue: housing coordinator, one province",
      () => listQuestions(adviser(benchAdvisers.housingAntwerpen)),
    ],
    ["search answers: text", () => searchAnswers(officer, { text: "huurwaarborg" })],
    [
      "search answers: text + topic",
      () => searchAnswers(officer, { text: "procedure advies", topic: "HOUSING" }),
    ],
    ["similar answers to a title", () => similarAnswers(officer, { title: "Verlenging verblijfskaart" })],
  ];
  const results = await timeCasesInRounds(cases, iterations);
  console.log(
    `\nquestions bench: ${counts.questions} questions, ${counts.answers} published answers; ${iterations} rounds`,
  );
  console.table(results);
  for (const result of results.slice(1))
    console.log(
      `${result.name}: p95 ${result.p95} ms (target < 100 ms): ${result.p95 < 100 ? "met" : "NOT met"}`,
    );

  // Search quality: which method finds the known answer in its top 5 for each typed query.
  const quality = { fulltext: 0, trigram: 0, both: 0, bounded: 0 };
  const queries = searchQualitySet.flatMap((item) =>
    item.queries.map((query) => ({ query, title: item.title })),
  );
  for (const { query, title } of queries) {
    for (const method of ["fulltext", "trigram", "both"] as const) {
      const hits = await matchAnswers(query, "", { method, take: 5 });
      if (hits.some((hit) => hit.title === title)) quality[method]++;
    }
    // As the similar-answers lookup runs it: both, from a bounded candidate set of each index.
    if ((await matchAnswers(query, "", { take: 5, candidates: 40 })).some((hit) => hit.title === title))
      quality.bounded++;
  }
  console.log(
    `\nsearch quality (known answer in the top 5, of ${queries.length} queries): full-text ${quality.fulltext}, trigram ${quality.trigram}, both combined ${quality.both}, both from bounded candidates (similar answers) ${quality.bounded}`,
  );

  const dir = path.join(import.meta.dirname, "results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `questions-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
    JSON.stringify({ counts, iterations, results, quality }, null, 2),
  );
  await client.$disconnect();
} finally {
  await database.stop();
}
