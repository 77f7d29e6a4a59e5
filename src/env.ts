import { z } from "zod";

/**
 * The only place that reads process.env. Parsed once, on first use, so that `next build` works
 * without runtime secrets; `assertRuntimeEnv()` is called at server start-up (instrumentation.ts)
 * so a misconfigured production server stops at once with one sentence per problem.
 */
const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
  } catch {
    return false;
  }
}, "must be a postgresql://user:password@host:port/database URL");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  // Connections per server process. PostgreSQL's default max_connections is 100: instances × this must stay below it.
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Not BASE_URL: Vite (and so vitest) sets that one to "/".
  SITE_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("Welkom <no-reply@welkom.localhost>"),
  // An SMS gateway (SMSC) spoken to over SMPP; unset: no SMS, the screens stay the same.
  SMPP_URL: z
    .url()
    .refine(
      (value) => /^s?smpp:\/\/[^/]+/.test(value),
      "must be an smpp://host:port or ssmpp://host:port URL",
    )
    .optional(),
  SMPP_SYSTEM_ID: z.string().min(1).max(15, "must be at most 15 characters (SMPP system_id)").optional(),
  SMPP_PASSWORD: z.string().max(8, "must be at most 8 characters (SMPP password)").optional(),
  // The sender shown on the phone: a number, or at most 11 letters and digits.
  SMS_SENDER: z
    .string()
    .regex(/^(\+?[0-9]{3,15}|[A-Za-z0-9 ]{1,11})$/, "must be a phone number or at most 11 letters and digits")
    .default("Welkom"),
  REQUIRE_2FA: booleanFlag.optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  OUTBOX_WORKER: booleanFlag.default(true),
  OUTBOX_POLL_MS: positiveInt(2000),
  REMINDER_HOURS_BEFORE: positiveInt(24),
  // How often each instance looks for reminders to queue.
  REMINDER_POLL_MS: positiveInt(60_000),
  RETENTION_MONTHS: positiveInt(24),
  RATE_LIMIT_REGISTRATIONS_PER_IP_PER_HOUR: positiveInt(30),
  RATE_LIMIT_REGISTRATIONS_PER_CONTACT_PER_DAY: positiveInt(10),
  RATE_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: positiveInt(5),
  RATE_LIMIT_SIGN_IN_FAILURES_PER_IP: positiveInt(30),
  // How many reverse proxies in front of the portal append to X-Forwarded-For: the client address is
  // the entry that many places from the right. See src/server/client-ip.ts.
  TRUSTED_PROXY_HOPS: z.coerce
    .number({
      error:
        "must be the number of reverse proxies in front of the app, a whole number from 1 to 10 (nginx alone: 1)",
    })
    .int({
      error:
        "must be the number of reverse proxies in front of the app, a whole number from 1 to 10 (nginx alone: 1)",
    })
    .min(1, {
      error:
        "must be the number of reverse proxies in front of the app, a whole number from 1 to 10 (nginx alone: 1)",
    })
    .max(10, {
      error:
        "must be the number of reverse proxies in front of the app, a whole number from 1 to 10 (nginx alone: 1)",
    })
    .default(1),
  // Bearer token for /api/metrics from elsewhere than this machine; unset: only local requests.
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  // Staff sessions end this long after sign-in, and after this long without a request (ASVS 3.3.2).
  SESSION_MAX_HOURS: positiveInt(12),
  SESSION_IDLE_MINUTES: positiveInt(30),
  OUTBOX_MAX_ATTEMPTS: positiveInt(8),
  // First retry delay; each later attempt waits twice as long (capped at six hours).
  OUTBOX_RETRY_BASE_MS: positiveInt(30_000),
  // The staff dashboard warns about a public fact last checked longer ago than this (issue 12).
  FACT_REVIEW_MONTHS: positiveInt(6),
});

export type Env = z.infer<typeof envSchema>;

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) throw new Error(describeIssues(result.error.issues));
    parsed = result.data;
  }
  return parsed;
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((issue) => `Environment variable ${issue.path.join(".")} ${issue.message}.`).join("\n");
}

export const isProduction = () => env().NODE_ENV === "production";

/** The public address of the portal, used in e-mails, sitemaps and alternates. */
export const baseUrl = () => env().SITE_URL ?? "http://localhost:3000";

/** Two-factor sign-in is on by default in production and off in development, unless set. */
export const requireTwoFactor = () => env().REQUIRE_2FA ?? isProduction();

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url)
    throw new Error(
      "Environment variable DATABASE_URL is not set: start the portal with `npm run dev` or `npm start`, or set it.",
    );
  return url;
}

/** Fails with every missing production setting at once, rather than on the first request that needs one. */
export function assertRuntimeEnv(): void {
  const current = env();
  const missing: string[] = [];
  if (!current.DATABASE_URL) missing.push("Environment variable DATABASE_URL must be set.");
  if (current.SMPP_URL && !current.SMPP_SYSTEM_ID)
    missing.push("Environment variable SMPP_SYSTEM_ID must be set when SMPP_URL is (the gateway account).");
  if (current.NODE_ENV === "production") {
    if (!current.SITE_URL)
      missing.push(
        "Environment variable SITE_URL must be set in production (the portal's public https address).",
      );
    if (!current.AUTH_SECRET)
      missing.push("Environment variable AUTH_SECRET must be set in production (32 characters or more).");
  }
  if (missing.length > 0) throw new Error(missing.join("\n"));
}

/** True while `next build` runs (which also calls instrumentation's register). */
export const isBuildPhase = () => process.env.NEXT_PHASE === "phase-production-build";

/**
 * The one setting `next build` needs: info pages, the sitemap and their links are rendered once at
 * build time with the public address in them. Nothing else (no database, no secret) is read then.
 */
export function buildSettingProblem(): string | undefined {
  const result = envSchema.shape.SITE_URL.safeParse(process.env.SITE_URL);
  if (result.success && result.data) return undefined;
  return "The production build needs SITE_URL, the portal's public https address (e.g. SITE_URL=https://welkom.example.be npm run build).";
}
