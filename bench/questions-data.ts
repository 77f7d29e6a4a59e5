/**
 * The questions benchmark's data, set-based: 50,000 questions over every topic, region and state
 * from six municipalities (one per province and Brussels), and 2,000 published answers: 1,990
 * filler answers plus the ten of `searchQualitySet`, each with queries phrased the way staff type
 * (inflected, misspelt, without accents) to compare Dutch full-text search with trigrams.
 */
import pg from "pg";

export const counts = { questions: 50_000, answers: 2_000 };
export const benchOrganisationId = "00000000-0000-4000-8000-00000000b001";
export const benchAdvisers = {
  legal: "bench-adviser-legal",
  housingAntwerpen: "bench-adviser-housing",
  second: "bench-adviser-second",
};

export const searchQualitySet: { title: string; text: string; queries: string[] }[] = [
  {
    title: "Huurwaarborg voorschieten door het OCMW",
    text: "Het OCMW kan een huurwaarborg voorschieten aan een gezin dat net aankomt.",
    queries: ["huurwaarborgen", "huurwarborg"],
  },
  {
    title: "Inschrijving in het vreemdelingenregister na aankomst",
    text: "Na aankomst schrijft de gemeente de persoon in het vreemdelingenregister in.",
    queries: ["inschrijven vreemdelingenregister", "vreemdelingenregistr"],
  },
  {
    title: "Verlenging van de verblijfskaart A",
    text: "De verblijfskaart wordt verlengd zolang de tijdelijke bescherming loopt.",
    queries: ["verblijfskaarten verlengen", "verblijfkaart verlenging"],
  },
  {
    title: "Kinderbijslag via het Groeipakket",
    text: "Gezinnen met tijdelijke bescherming hebben recht op het Groeipakket.",
    queries: ["groeipakket aanvragen", "groeipaket"],
  },
  {
    title: "Erkenning van buitenlandse diploma's via NARIC",
    text: "NARIC-Vlaanderen erkent buitenlandse diploma's op aanvraag.",
    queries: ["diploma erkennen", "diplomaerkenning"],
  },
  {
    title: "Tewerkstelling en arbeidskaart bij tijdelijke bescherming",
    text: "Met tijdelijke bescherming mag je werken zonder arbeidskaart.",
    queries: ["werken zonder arbeidskaarten", "arbeidskaard"],
  },
  {
    title: "Schoolinschrijving van anderstalige nieuwkomers in OKAN",
    text: "Anderstalige nieuwkomers kunnen in een onthaalklas (OKAN) starten.",
    queries: ["okan school inschrijven", "anderstalige nieuwkomer"],
  },
  {
    title: "Aansluiting bij een ziekenfonds",
    text: "Wie tijdelijke bescherming heeft, sluit aan bij een ziekenfonds naar keuze.",
    queries: ["aansluiten ziekenfondsen", "ziektefonds"],
  },
  {
    title: "Huwelijk voltrokken in Oekraïne erkennen",
    text: "Een huwelijk voltrokken in Oekraïne wordt erkend als de akte gelegaliseerd is.",
    queries: ["oekraiens huwelijk erkenning", "huwelijken erkennen"],
  },
  {
    title: "Verlopen paspoort en consulaire documenten",
    text: "Een verlopen paspoort vervang je via het consulaat van Oekraïne.",
    queries: ["verlopen paspoorten", "paspoord verlopen"],
  },
];

const municipalities = [
  ["11002", "Antwerpen", "FLANDERS"],
  ["24062", "Leuven", "FLANDERS"],
  ["31005", "Brugge", "FLANDERS"],
  ["44021", "Gent", "FLANDERS"],
  ["71016", "Genk", "FLANDERS"],
  ["21004", "Brussel", "BRUSSELS"],
] as const;

export async function ensureQuestionsBenchData(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ questions: number; answers: number }>(
      `SELECT (SELECT count(*) FROM "Question")::int AS questions, (SELECT count(*) FROM "PublishedAnswer" WHERE status = 'PUBLISHED')::int AS answers`,
    );
    if (rows[0]!.questions >= counts.questions && rows[0]!.answers >= counts.answers) {
      log(`data present (${rows[0]!.questions} questions, ${rows[0]!.answers} answers); reusing it`);
      return;
    }
    const started = Date.now();
    await client.query("BEGIN");
    await client.query(`TRUNCATE "Question", "QuestionMessage", "PublishedAnswer" CASCADE`);
    for (const [nis, name, region] of municipalities) {
      await client.query(
        `INSERT INTO "Municipality" ("nisCode", "nameNl", "region") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [nis, name, region],
      );
    }
    await client.query(
      `INSERT INTO "Organisation" ("id", "name", "type", "municipalityNis") VALUES ($1, 'OCMW Leuven (bench)', 'OCMW', '24062') ON CONFLICT DO NOTHING`,
      [benchOrganisationId],
    );
    for (const id of ["bench-asker", ...Object.values(benchAdvisers)]) {
      await client.query(
        `INSERT INTO "User" ("id", "name", "email", "role", "organisationId", "updatedAt") VALUES ($1, $1, $1 || '@bench.test', $2, $3, now()) ON CONFLICT DO NOTHING`,
        [id, id === "bench-asker" ? "CASEWORKER" : "AGII_ADVISER", benchOrganisationId],
      );
    }
    await client.query(
      `INSERT INTO "AdviserProfile" ("userId", "topics", "regions") VALUES ($1, ARRAY['RESIDENCE_STATUS','FAMILY_REUNIFICATION','INTERNATIONAL_FAMILY_LAW','NATIONALITY_DOCUMENTS']::"QuestionTopic"[], '{}'), ($2, ARRAY['HOUSING']::"QuestionTopic"[], ARRAY['ANTWERPEN']::"SupportRegion"[]) ON CONFLICT DO NOTHING`,
      [benchAdvisers.legal, benchAdvisers.housingAntwerpen],
    );
    // Ten topics, six regions, five states; a quarter of the questions still open, created over two years.
    await client.query(`
      WITH m AS (SELECT * FROM (VALUES ('11002','ANTWERPEN'),('24062','VLAAMS_BRABANT'),('31005','WEST_VLAANDEREN'),('44021','OOST_VLAANDEREN'),('71016','LIMBURG'),('21004','BRUSSELS')) AS v(nis, region)),
      t AS (SELECT unnest(enum_range(NULL::"QuestionTopic")) AS topic),
      numbered_m AS (SELECT *, row_number() OVER () - 1 AS i FROM m), numbered_t AS (SELECT *, row_number() OVER () - 1 AS i FROM t),
      g AS (SELECT g, now() - (hashint4(g) & 2147483647) % 730 * interval '1 day' AS created FROM generate_series(1, ${counts.questions}) g)
      INSERT INTO "Question" ("id", "topic", "title", "body", "municipalityNis", "region", "status", "askedById", "askerOrganisationId", "assignedToId", "firstAnswerDueAt", "firstAnsweredAt", "answeredAt", "closedAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), nt.topic, 'Vraag ' || g.g, 'Een situatie om te beschrijven, nummer ' || g.g, nm.nis, nm.region::"SupportRegion",
        (CASE WHEN g.g % 4 = 0 THEN (ARRAY['NEW','TAKEN','WAITING_FOR_ASKER'])[1 + g.g % 3] ELSE (ARRAY['ANSWERED','CLOSED'])[1 + g.g % 2] END)::"QuestionStatus",
        'bench-asker', '${benchOrganisationId}', NULL, g.created + interval '2 days',
        CASE WHEN g.g % 4 = 0 THEN NULL ELSE g.created + (g.g % 96) * interval '1 hour' END,
        CASE WHEN g.g % 4 = 0 THEN NULL ELSE g.created + (g.g % 96) * interval '1 hour' END,
        CASE WHEN g.g % 4 <> 0 AND g.g % 2 = 1 THEN g.created + interval '5 days' END, g.created, g.created
      FROM g JOIN numbered_m nm ON nm.i = g.g % 6 JOIN numbered_t nt ON nt.i = (g.g / 6) % 10`);
    const filler = counts.answers - searchQualitySet.length;
    await client.query(
      `
      INSERT INTO "PublishedAnswer" ("id", "topic", "title", "question", "answer", "status", "searchText", "authorId", "approvedById", "publishedAt", "lastReviewedAt")
      SELECT gen_random_uuid(), (enum_range(NULL::"QuestionTopic"))[1 + g % 10], 'Algemene dienstverlening onderwerp ' || g,
        'Hoe pakt een lokaal bestuur situatie ' || g || ' aan?', 'Volg de gewone procedure ' || g || ' en vraag advies bij twijfel.', 'PUBLISHED',
        lower('Algemene dienstverlening onderwerp ' || g || ' Hoe pakt een lokaal bestuur situatie ' || g || ' aan? Volg de gewone procedure ' || g || ' en vraag advies bij twijfel.'),
        $1, $2, now() - g * interval '6 hours', now() - g * interval '6 hours'
      FROM generate_series(1, ${filler}) g`,
      [benchAdvisers.legal, benchAdvisers.second],
    );
    for (const item of searchQualitySet) {
      await client.query(
        `INSERT INTO "PublishedAnswer" ("id", "topic", "title", "question", "answer", "status", "searchText", "authorId", "approvedById", "publishedAt", "lastReviewedAt")
         VALUES (gen_random_uuid(), 'OTHER', $1, $2, $2, 'PUBLISHED', lower($1 || ' ' || $2 || ' ' || $2), $3, $4, now(), now())`,
        [item.title, item.text, benchAdvisers.legal, benchAdvisers.second],
      );
    }
    await client.query("COMMIT");
    await client.query(`ANALYZE "Question"; ANALYZE "PublishedAnswer"`);
    log(
      `generated ${counts.questions} questions and ${counts.answers} answers in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
