import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { readMailDir } from "../support/eml";
import { freeLocalPort } from "../support/free-port";
import { startSmtpSink } from "../support/smtp-sink";

/**
 * Two production servers (`npm start`'s scripts/run.ts, on the e2e build) on one fresh database and
 * one real SMTP server. They start together (migrations applied once), take a burst of registrations
 * spread over both for more people than there are seats, and send the mail and reminders between them.
 */
const seats = 15;
const registrations = 40;
const adminUrl = (() => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = "/postgres";
  return url.href;
})();
const database = `welkom_e2e_two_${randomBytes(4).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.href;
})();

async function sql<T>(connectionString: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

let servers: { url: string; process: ChildProcess }[] = [];
let smtp: { close: () => Promise<void> } | undefined;
const mailDir = mkdtempSync(path.join(tmpdir(), "welkom-two-instances-"));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await sql(adminUrl, `CREATE DATABASE ${database}`);
  const sink = await startSmtpSink(mailDir);
  smtp = sink;
  const ports = [await freeLocalPort(), await freeLocalPort()];
  servers = ports.map((port) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/run.ts", "start"], {
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOSTNAME: "machine-name-not-an-address",
        SITE_URL: `http://127.0.0.1:${port}`,
        AUTH_SECRET: "two-instances-secret-at-least-32-characters",
        SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
        OUTBOX_POLL_MS: "200",
        REMINDER_POLL_MS: "300",
        REQUIRE_2FA: "false",
        DATABASE_POOL_SIZE: "5",
        RATE_LIMIT_REGISTRATIONS_PER_IP_PER_HOUR: "100000",
      },
    });
    return { url: `http://127.0.0.1:${port}`, process: child };
  });
  await Promise.all(
    servers.map((server) =>
      expect
        .poll(
          () =>
            fetch(`${server.url}/api/health`).then(
              (r) => r.status,
              () => 0,
            ),
          { timeout: 120_000, intervals: [500] },
        )
        .toBe(200),
    ),
  );
});

test.afterAll(async () => {
  for (const server of servers) if (server.process.pid) process.kill(-server.process.pid, "SIGTERM");
  await smtp?.close();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await sql(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  rmSync(mailDir, { recursive: true, force: true });
});

test("two instances: seats given once, every mail sent once, reminders not doubled", async () => {
  const applied = await sql<{ name: string; count: string }>(
    databaseUrl,
    `SELECT migration_name AS name, count(*) FROM _prisma_migrations GROUP BY 1`,
  );
  expect(applied.every((row) => row.count === "1")).toBe(true);

  // Starts in three hours: inside REMINDER_HOURS_BEFORE, so every confirmed registration is reminded.
  const startsAt = new Date(Date.now() + 3 * 3_600_000);
  const [session] = await sql<{ id: string }>(
    databaseUrl,
    `INSERT INTO "Infosession" ("id", "series", "language", "region", "startsAt", "endsAt", "capacity", "meetingUrl", "updatedAt")
     VALUES ($1, 'SERIES_1', 'en', 'FLANDERS', $2, $3, $4, 'https://meet.example.test/two-instances', now()) RETURNING "id"`,
    [randomUUID(), startsAt, new Date(startsAt.getTime() + 7_200_000), seats],
  );

  const addresses = Array.from(
    { length: registrations },
    (_, index) => `burst.${index}.${randomBytes(3).toString("hex")}@example.test`,
  );
  const responses = await Promise.all(
    addresses.map((email, index) =>
      fetch(`${servers[index % 2]!.url}/api/v1/registrations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          sessionId: session!.id,
          registrantType: "SELF",
          contact: { name: `Burst ${index}`, email },
          locale: "en",
          attendees: [{ firstName: `Person${index}`, birthYear: 1990 }],
          consent: true,
        }),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { registration?: { status: string } },
      })),
    ),
  );
  const statuses = responses.map((response) => response.status);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect(statuses.every((status) => status === 201)).toBe(true);
  const confirmed = responses.filter((response) => response.body.registration?.status === "confirmed").length;
  const waitlisted = responses.filter(
    (response) => response.body.registration?.status === "waitlisted",
  ).length;
  expect({ confirmed, waitlisted }).toEqual({ confirmed: seats, waitlisted: registrations - seats });
  const [stored] = await sql<{ taken: number; confirmed: string }>(
    databaseUrl,
    `SELECT s."seatsTaken" AS taken, (SELECT count(*) FROM "Registration" r WHERE r."sessionId" = s."id" AND r."status" = 'CONFIRMED') AS confirmed FROM "Infosession" s WHERE s."id" = $1`,
    [session!.id],
  );
  expect(stored).toEqual({ taken: seats, confirmed: String(seats) });

  // Every registrant gets one registration mail; the confirmed get one reminder each, too.
  const expectedMails = registrations + seats;
  await expect
    .poll(() => readMailDir(mailDir).length, { timeout: 60_000, intervals: [500] })
    .toBeGreaterThanOrEqual(expectedMails);
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // a doubled send would arrive by now
  const mails = readMailDir(mailDir);
  expect(mails).toHaveLength(expectedMails);
  const perRecipient = new Map<string, string[]>();
  for (const mail of mails) {
    const address = addresses.find((candidate) => mail.to.includes(candidate));
    expect(address, `mail to ${mail.to}`).toBeDefined();
    perRecipient.set(address!, [...(perRecipient.get(address!) ?? []), mail.subject]);
  }
  const counts = [...perRecipient.values()].map((subjects) =>
    new Set(subjects).size === subjects.length ? subjects.length : -1,
  );
  expect(counts.filter((count) => count === 2)).toHaveLength(seats);
  expect(counts.filter((count) => count === 1)).toHaveLength(registrations - seats);

  const outbox = await sql<{ template: string; status: string; count: string }>(
    databaseUrl,
    `SELECT "template", "status", count(*) FROM "OutboxMessage" GROUP BY 1, 2 ORDER BY 1, 2`,
  );
  expect(outbox).toEqual([
    { template: "registration-confirmed", status: "SENT", count: String(seats) },
    { template: "registration-waitlisted", status: "SENT", count: String(registrations - seats) },
    { template: "session-reminder", status: "SENT", count: String(seats) },
  ]);
  console.log(
    `two instances: ${registrations} registrations over 2 servers for ${seats} seats: ${confirmed} confirmed, ${waitlisted} waitlisted, 0 responses >= 500, ${mails.length} mails delivered (${registrations} registration + ${seats} reminders), none twice`,
  );
});
