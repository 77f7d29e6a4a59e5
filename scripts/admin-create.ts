/**
 * `npm run admin:create -- --email a@b.be --name "Ada Admin"`: invites an administrator and prints
 * the one-time link that sets their password (two-step verification is set up at first sign-in).
 * Run through scripts/run.ts, which names the database (DATABASE_URL, or the embedded one).
 * Runs with the react-server condition, so the server's use-case can be imported as it is.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { baseUrl } from "../src/env";
import { inviteAdministrator } from "../src/server/accounts/invite-administrator";
import { db } from "../src/server/db";
import { AppError } from "../src/server/errors";

const usage = 'Usage: npm run admin:create -- --email someone@example.be --name "Full Name" [--locale nl|en]';
const input = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  name: z.string().trim().min(1).max(120),
  locale: z.enum(["nl", "en"]).default("nl"),
});

async function main(): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, locale: { type: "string" } },
      strict: true,
    }));
  } catch {
    return fail(usage, 2);
  }
  if (!values.email || !values.name) return fail(usage, 2);
  const parsed = input.safeParse(values);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "email");
    return fail(
      field === "email"
        ? `"${values.email}" is not a valid e-mail address.`
        : `The ${field} given is not valid. ${usage}`,
      2,
    );
  }
  try {
    await db().$queryRaw`SELECT 1 FROM "Invitation" LIMIT 1`;
  } catch (error) {
    return fail(describeDatabaseProblem(error), 1);
  }
  try {
    const { token, organisationCreated, expiresAt } = await inviteAdministrator({ email: parsed.data.email });
    if (organisationCreated)
      console.log('Created the organisation "Agentschap Integratie en Inburgering" (AgII).');
    console.log(
      `Invited ${parsed.data.name} <${parsed.data.email}> as administrator. Open this link once, before ${expiresAt.toISOString()}, to set the password:`,
    );
    console.log(`${baseUrl()}/${parsed.data.locale}/staff/invite/${token}`);
    console.log(
      "The link is shown only now and is not sent by e-mail; two-step verification is set up at the first sign-in.",
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT")
      return fail(
        `An account with the e-mail address ${parsed.data.email} already exists; nothing was created.`,
        1,
      );
    return fail(`Nothing was created: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

function describeDatabaseProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/does not exist/i.test(message) && /relation|table/i.test(message))
    return "The database has no Welkom tables yet: run `npm run db:migrate` first.";
  return `The database cannot be reached (${message.split("\n")[0]}); check DATABASE_URL and that PostgreSQL is running.`;
}

function fail(sentence: string, code: number): number {
  console.error(sentence);
  return code;
}

main()
  .then(async (code) => {
    await db()
      .$disconnect()
      .catch(() => {});
    process.exit(code);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
