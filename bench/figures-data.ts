/**
 * Generates the figures benchmark's data set with set-based SQL (a few statements, not a loop of
 * inserts): 319 municipalities, 100,000 persons, 300,000 infosession registrations, 50,000
 * intakes, 200,000 referrals (60% NT2 with a profile) and three years of official figures.
 */
import pg from "pg";

export const counts = { persons: 100_000, registrations: 300_000, intakes: 50_000, referrals: 200_000 };

export async function ensureBenchData(url: string, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ persons: number; referrals: number }>(
      `SELECT (SELECT count(*) FROM "Person")::int AS persons, (SELECT count(*) FROM "Referral")::int AS referrals`,
    );
    if (rows[0]!.persons >= counts.persons && rows[0]!.referrals >= counts.referrals) {
      log(`data present (${rows[0]!.persons} persons); reusing it`);
      return;
    }
    const started = Date.now();
    await client.query("BEGIN");
    await client.query(
      `TRUNCATE "Person", "Registration", "Infosession", "Intake", "Referral", "Nt2Profile", "OfficialFigure", "User", "Organisation", "Municipality" CASCADE`,
    );
    await client.query(`
      INSERT INTO "Municipality" ("nisCode", "nameNl", "region")
      SELECT lpad((10000 + g * 7)::text, 5, '0'), 'Gemeente ' || g, 'FLANDERS'::"Region" FROM generate_series(1, 300) g
      UNION ALL SELECT (21000 + g)::text, 'Brussel ' || g, 'BRUSSELS'::"Region" FROM generate_series(1, 19) g`);
    await client.query(`
      INSERT INTO "Organisation" ("id", "name", "type", "municipalityNis", "region")
      SELECT gen_random_uuid(), 'OCMW ' || m."nameNl", 'OCMW', m."nisCode", m."region" FROM "Municipality" m`);
    await client.query(`
      INSERT INTO "User" ("id", "name", "email", "role", "organisationId", "updatedAt")
      SELECT 'bench-' || o."id", 'Caseworker', o."id" || '@bench.test', 'CASEWORKER', o."id", now() FROM "Organisation" o`);
    // Persons live where their OCMW is; created over the last three years.
    await client.query(`
      WITH orgs AS (SELECT "id", "municipalityNis", row_number() OVER (ORDER BY "id") AS rn, count(*) OVER () AS n FROM "Organisation")
      INSERT INTO "Person" ("id", "organisationId", "municipalityNis", "firstName", "lastName", "searchName", "languages", "inNationalRegister", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), o."id", o."municipalityNis", 'Person', g::text, 'person ' || g, ARRAY['uk'], random() < 0.46,
             now() - random() * interval '1095 days', now()
      FROM generate_series(1, ${counts.persons}) g JOIN orgs o ON o.rn = 1 + (hashint4(g) & 2147483647) % o.n`);
    await client.query(`
      INSERT INTO "Infosession" ("id", "series", "language", "region", "startsAt", "endsAt", "capacity", "meetingUrl", "updatedAt")
      SELECT gen_random_uuid(), 'SERIES_1', 'uk', 'FLANDERS', now() - g * interval '2 days', now() - g * interval '2 days' + interval '2 hours', 1000, 'https://meet.example/' || g, now()
      FROM generate_series(1, 500) g`);
    await client.query(`
      WITH sessions AS (SELECT "id", row_number() OVER (ORDER BY "id") AS rn FROM "Infosession"),
           places AS (SELECT "nisCode", row_number() OVER (ORDER BY "nisCode") AS rn, count(*) OVER () AS n FROM "Municipality")
      INSERT INTO "Registration" ("id", "sessionId", "status", "seats", "registrantType", "contactName", "contactEmail", "contactKey", "locale", "municipalityNis", "manageTokenHash", "consentAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), s."id",
             (ARRAY['CONFIRMED','ATTENDED','ATTENDED','NO_SHOW','CANCELLED','WAITLISTED'])[1 + (g % 6)]::"RegistrationStatus",
             1, 'SELF', 'Contact', 'c' || g || '@bench.test', 'email:c' || g, 'uk', p."nisCode", md5(g::text), now(), now() - random() * interval '1095 days', now()
      FROM generate_series(1, ${counts.registrations}) g
      JOIN sessions s ON s.rn = 1 + g % 500
      JOIN places p ON p.rn = 1 + (hashint4(g + 7) & 2147483647) % p.n`);
    await client.query(`
      WITH persons AS (SELECT "id", "organisationId", "createdAt", row_number() OVER (ORDER BY "id") AS rn FROM "Person")
      INSERT INTO "Intake" ("id", "personId", "organisationId", "caseworkerId", "status", "conductedOn", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), p."id", p."organisationId", 'bench-' || p."organisationId", 'COMPLETED', p."createdAt"::date, p."createdAt" + interval '3 days', now()
      FROM generate_series(1, ${counts.intakes}) g JOIN persons p ON p.rn = 1 + (g * 2 - 1) % ${counts.persons}`);
    await client.query(`
      WITH persons AS (SELECT "id", "organisationId", "createdAt", row_number() OVER (ORDER BY "id") AS rn FROM "Person"),
           providers AS (SELECT "id" FROM "Organisation" LIMIT 1)
      INSERT INTO "Referral" ("id", "personId", "type", "fromOrganisationId", "targetOrganisationId", "createdById", "status", "consentAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), p."id",
             CASE WHEN g % 10 < 6 THEN 'NT2' ELSE (ARRAY['EDUCATION','WORK','HEALTH','HOUSING'])[1 + g % 4] END::"ReferralType",
             p."organisationId", (SELECT "id" FROM providers), 'bench-' || p."organisationId",
             (ARRAY['SENT','ACCEPTED','DECLINED','ENROLLED','COMPLETED','DROPPED_OUT'])[1 + (g / 10) % 6]::"ReferralStatus",
             now(), p."createdAt" + random() * interval '30 days', now()
      FROM generate_series(1, ${counts.referrals}) g JOIN persons p ON p.rn = 1 + (hashint4(g + 13) & 2147483647) % ${counts.persons}`);
    await client.query(`
      INSERT INTO "Nt2Profile" ("referralId", "cvoProfile", "digitallySkilled", "intendedStay", "priorSchooling", "availability", "mode", "region")
      SELECT r."id", random() < 0.5, random() < 0.6, (ARRAY['QUICK_RETURN','LONGER_STAY'])[1 + (random() < 0.7)::int]::"IntendedStay",
             'SECONDARY', ARRAY['DAY'], 'EITHER', 'FLANDERS'
      FROM "Referral" r WHERE r."type" = 'NT2'`);
    await client.query(`
      INSERT INTO "OfficialFigure" ("id", "municipalityNis", "date", "certificates", "registered", "importId")
      SELECT gen_random_uuid(), m."nisCode", (date_trunc('month', now()) - g * interval '1 month')::date, 400 - g, 200 - g, gen_random_uuid()
      FROM "Municipality" m CROSS JOIN generate_series(0, 35) g`);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
