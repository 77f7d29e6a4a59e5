/**
 * `npm test`: format check, lint, typecheck, unit, integration (real PostgreSQL) and end-to-end (production
 * build, Chromium from tests/support/chromium.ts). `npm test -- unit integration` runs a subset, and any other argument
 * narrows the runners to matching test files (`npm test -- e2e permission-matrix`). Ends with one line
 * `N passed, N failed` and writes the counts to .data/test-summary.json for .ci/run.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "./db/database";
import { runCapturingOutput, runToCompletion } from "./process";
import { startSmtpSink } from "../tests/support/smtp-sink";
import { startSmppSink } from "../tests/support/smpp-sink";

type Counts = { passed: number; failed: number };
const allStages = ["format", "lint", "typecheck", "unit", "integration", "e2e"] as const;
type Stage = (typeof allStages)[number];

const isStage = (arg: string): arg is Stage => (allStages as readonly string[]).includes(arg);
const requested = process.argv.slice(2).filter(isStage);
const stages: readonly Stage[] = requested.length > 0 ? requested : allStages;
// Anything else narrows the test runners to matching files: `npm test -- e2e permission-matrix`.
const fileFilters = process.argv.slice(2).filter((arg) => !isStage(arg));
const reports = path.resolve(".data", "reports");
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

async function main() {
  mkdirSync(reports, { recursive: true });
  const total: Counts = { passed: 0, failed: 0 };
  const needsDatabase = stages.includes("integration") || stages.includes("e2e");
  const db = needsDatabase ? await openDatabase("test") : undefined;
  try {
    for (const stage of stages) {
      console.log(`\n=== ${stage} ===`);
      const counts = await runStage(stage, db);
      console.log(`${stage}: ${counts.passed} passed, ${counts.failed} failed`);
      total.passed += counts.passed;
      total.failed += counts.failed;
    }
  } finally {
    await db?.stop();
  }
  writeFileSync(path.resolve(".data", "test-summary.json"), JSON.stringify(total));
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  return total.failed === 0 ? 0 : 1;
}

async function runStage(stage: Stage, db: Database | undefined): Promise<Counts> {
  switch (stage) {
    case "format":
      // Prettier's verdict, not its rewrite: CI checks that the committed tree is already formatted.
      return asCount(await runToCompletion("prettier", ["--check", "."], baseEnv));
    case "lint":
      return asCount(await runToCompletion("eslint", [".", "--max-warnings=0"], baseEnv));
    case "typecheck":
      return asCount(
        (await runToCompletion("next", ["typegen"], baseEnv)) ||
          (await runToCompletion("tsc", ["--noEmit"], baseEnv)),
      );
    case "unit":
      return vitest("unit", baseEnv);
    case "integration":
      return vitest("integration", { ...baseEnv, ...(await prepareTemplate(db!)) });
    case "e2e":
      return endToEnd(db!);
  }
}

const asCount = (code: number): Counts => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

async function vitest(project: string, env: NodeJS.ProcessEnv): Promise<Counts> {
  const output = path.join(reports, `vitest-${project}.json`);
  rmSync(output, { force: true });
  const code = await runToCompletion(
    "vitest",
    [
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${output}`,
      ...fileFilters,
    ],
    env,
  );
  if (!existsSync(output)) return { passed: 0, failed: 1 };
  const report = JSON.parse(readFileSync(output, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
  };
  // A crash outside any test (a failing setup file) still fails the stage.
  const failed = report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  return { passed: report.numPassedTests, failed };
}

/** Creates (anew) a database with every migration applied, for test files to copy. */
async function prepareTemplate(db: Database): Promise<Record<string, string>> {
  // TEST_DATABASE_PREFIX keeps runs on a shared PostgreSQL server apart (default welkom_test).
  const prefix = process.env.TEST_DATABASE_PREFIX ?? "welkom_test";
  const template = `${prefix}_template`;
  await recreateDatabase(db.adminUrl, template);
  const code = await runToCompletion("prisma", ["migrate", "deploy"], {
    ...baseEnv,
    DATABASE_URL: withDatabase(db.adminUrl, template),
  });
  if (code !== 0) throw new Error("Applying the migrations to the test template failed.");
  return {
    TEST_ADMIN_DATABASE_URL: db.adminUrl,
    TEST_TEMPLATE_DATABASE: template,
    TEST_DATABASE_PREFIX: prefix,
  };
}

async function endToEnd(db: Database): Promise<Counts> {
  // Its own name per checkout (TEST_DATABASE_PREFIX) so that two checkouts on one server do not collide.
  const name = `${process.env.TEST_DATABASE_PREFIX ?? "welkom_test"}_e2e`;
  await recreateDatabase(db.adminUrl, name);
  const databaseUrl = withDatabase(db.adminUrl, name);
  const mailDir = path.resolve(".data", "e2e-mail");
  rmSync(mailDir, { recursive: true, force: true });
  const smtp = await startSmtpSink(mailDir);
  const smsDir = path.resolve(".data", "e2e-sms");
  rmSync(smsDir, { recursive: true, force: true });
  const smppCredentials = { systemId: "welkom-e2e", password: "e2e-pw" };
  const smpp = await startSmppSink(smsDir, smppCredentials);
  const port = process.env.E2E_PORT ?? "3100";
  const env = {
    ...baseEnv,
    DATABASE_URL: databaseUrl,
    SITE_URL: `http://127.0.0.1:${port}`,
    E2E_PORT: port,
    E2E_MAIL_DIR: mailDir,
    AUTH_SECRET: "e2e-secret-that-is-at-least-32-characters-long",
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    E2E_SMS_DIR: smsDir,
    SMPP_URL: `smpp://127.0.0.1:${smpp.port}`,
    SMPP_SYSTEM_ID: smppCredentials.systemId,
    SMPP_PASSWORD: smppCredentials.password,
    OUTBOX_POLL_MS: "300",
    REQUIRE_2FA: "false",
    METRICS_TOKEN: "e2e-metrics-token-0123456789",
    // Every browser of the run signs in from 127.0.0.1: a per-address limit would make tests lock each
    // other out. The per-address limit itself is covered by the integration tests.
    RATE_LIMIT_SIGN_IN_FAILURES_PER_IP: "10000",
    // Saved logins (staff.setup.ts) are reused by specs that may run later than 30 minutes on a busy machine.
    SESSION_IDLE_MINUTES: "240",
  };
  try {
    const prepared =
      (await runToCompletion("prisma", ["migrate", "deploy"], env)) ||
      (await runToCompletion("tsx", ["prisma/seed.ts"], env)) ||
      (existsSync(".next/BUILD_ID") && process.env.E2E_SKIP_BUILD === "1"
        ? 0
        : await buildWithOnlySiteUrl(env.SITE_URL));
    if (prepared !== 0) return { passed: 0, failed: 1 };
    const output = path.join(reports, "playwright.json");
    rmSync(output, { force: true });
    const code = await runToCompletion("playwright", ["test", "--reporter=list,json", ...fileFilters], {
      ...env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: output,
    });
    if (!existsSync(output)) return { passed: 0, failed: 1 };
    const { stats } = JSON.parse(readFileSync(output, "utf8")) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    const failed = stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
    return { passed: stats.expected + stats.flaky, failed };
  } finally {
    await smtp.close();
    await smpp.close();
  }
}

/**
 * The production build as README's "Running in production" describes it: SITE_URL and nothing else
 * (no DATABASE_URL, no AUTH_SECRET, no SMTP). So every run proves that the build needs no secret and
 * renders no staff screen or database page ahead of time; a MISSING_MESSAGE or Error line fails it.
 */
async function buildWithOnlySiteUrl(siteUrl: string): Promise<number> {
  const buildEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production" as const,
    SITE_URL: siteUrl,
    NEXT_TELEMETRY_DISABLED: "1",
    WELKOM_TYPECHECKED: stages.includes("typecheck") ? "1" : "0",
  };
  const { code, output } = await runCapturingOutput("next", ["build"], buildEnv);
  const problems = output.split("\n").filter((line) => /MISSING_MESSAGE|Error/.test(line));
  if (problems.length > 0) {
    console.error(`The build printed ${problems.length} error line(s), e.g.: ${problems[0]}`);
    return 1;
  }
  return code;
}

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log("\n0 passed, 1 failed");
    process.exit(1);
  },
);
