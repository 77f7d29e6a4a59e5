import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { acceptInvitation } from "@/server/accounts/accept-invitation";
import { db } from "@/server/db";

// `npm run admin:create` as an operator types it, against this file's freshly migrated, empty database.
const run = promisify(execFile);
async function adminCreate(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      "node_modules/.bin/tsx",
      ["scripts/run.ts", "admin-create", ...args],
      { env: { ...process.env, SITE_URL: "https://welkom.example.be" } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failure.code ?? 1, stdout: failure.stdout ?? "", stderr: failure.stderr ?? "" };
  }
}
const counts = async () => ({
  organisations: await db().organisation.count(),
  invitations: await db().invitation.count(),
  users: await db().user.count(),
});

describe("npm run admin:create", () => {
  it("on an empty database creates AgII and an administrator invitation, prints its one-time link, and audits both", async () => {
    expect(await counts()).toEqual({ organisations: 0, invitations: 0, users: 0 });
    const result = await adminCreate("--email", "Ada@AgII.example.be", "--name", "Ada Admin");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const link = result.stdout.match(/https:\/\/welkom\.example\.be\/nl\/staff\/invite\/([A-Za-z0-9_-]{43})/);
    expect(link).not.toBeNull();

    const organisation = await db().organisation.findFirstOrThrow({ where: { type: "AGII" } });
    const invitation = await db().invitation.findFirstOrThrow({
      select: { id: true, email: true, role: true, organisationId: true, invitedById: true },
    });
    expect(invitation).toMatchObject({
      email: "ada@agii.example.be",
      role: "ADMIN",
      organisationId: organisation.id,
      invitedById: null,
    });
    const audited = await db().auditEvent.findMany({
      where: { action: "CREATE" },
      select: { entityType: true, entityId: true },
    });
    expect(audited).toEqual(
      expect.arrayContaining([
        { entityType: "Organisation", entityId: organisation.id },
        { entityType: "Invitation", entityId: invitation.id },
      ]),
    );

    // The link is what sets the password: accepting it makes the administrator account.
    await acceptInvitation(link![1]!, { name: "Ada Admin", password: "a long enough password" });
    expect(await db().user.findUniqueOrThrow({ where: { email: "ada@agii.example.be" } })).toMatchObject({
      role: "ADMIN",
      organisationId: organisation.id,
    });
  });

  it("reuses the AgII organisation for a second administrator", async () => {
    const result = await adminCreate("--email", "bert@agii.example.be", "--name", "Bert");
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("Created the organisation");
    expect(await db().organisation.count({ where: { type: "AGII" } })).toBe(1);
  });

  it("refuses a bad e-mail, an existing account and missing arguments with one sentence, creating nothing", async () => {
    const before = await counts();
    const bad = await adminCreate("--email", "not-an-address", "--name", "X");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim()).toBe('"not-an-address" is not a valid e-mail address.');
    const existing = await adminCreate("--email", "ada@agii.example.be", "--name", "Ada again");
    expect(existing.code).not.toBe(0);
    expect(existing.stderr.trim()).toBe(
      "An account with the e-mail address ada@agii.example.be already exists; nothing was created.",
    );
    const missing = await adminCreate("--email", "c@agii.example.be");
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain("Usage: npm run admin:create");
    expect(await counts()).toEqual(before);
  });

  it("says in one sentence that an unreachable database cannot be reached", async () => {
    const unreachable = await run(
      "node_modules/.bin/tsx",
      ["scripts/run.ts", "admin-create", "--email", "d@agii.example.be", "--name", "D"],
      {
        env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/nowhere" },
      },
    ).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code ?? 1, stderr: error.stderr ?? "" }),
    );
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stderr.trim()).toMatch(
      /^DATABASE_URL names a database that cannot be reached \(127\.0\.0\.1:1\/nowhere\): .+\.$/,
    );
  });
});
