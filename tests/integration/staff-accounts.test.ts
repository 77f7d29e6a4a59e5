import { describe, expect, it } from "vitest";
import { acceptInvitation, findOpenInvitation } from "@/server/accounts/accept-invitation";
import { invitationTokenFor } from "@/server/accounts/invitation-token";
import { inviteStaff } from "@/server/accounts/invite-staff";
import { listAccounts, setAccountActive, updateAccount } from "@/server/accounts/manage-accounts";
import { auth } from "@/server/auth/auth";
import { signInWithPassword } from "@/server/auth/sign-in";
import { loadStaffUser } from "@/server/auth/staff-user";
import { db } from "@/server/db";
import { anOrganisation, aStaffUser, testPassword } from "../support/factories";
import { textColumnsContaining } from "../support/text-columns";

const from = (ip: string) => new Headers({ "x-forwarded-for": ip });
// The mail's link is rebuilt from the invitation's id when the mail is sent (nothing stored holds it).
const tokenOf = (payload: unknown) =>
  invitationTokenFor(String((payload as { invitationId: string }).invitationId)).token;

async function invite(email: string, now = new Date()) {
  const admin = await aStaffUser({ role: "ADMIN" });
  const organisation = await anOrganisation({ type: "OCMW" });
  const { invitationId } = await inviteStaff(
    admin.actor,
    { email, role: "CASEWORKER", organisationId: organisation.id },
    "en",
    now,
  );
  const message = await db().outboxMessage.findUniqueOrThrow({
    where: { idempotencyKey: `staff-invite:${invitationId}` },
  });
  return { admin, organisation, invitationId, message, token: tokenOf(message.payload) };
}

describe("invitations", () => {
  it("stores only the token's hash, queues a 'staff-invite' mail, and the invitee can sign in after accepting", async () => {
    const { organisation, invitationId, message, token } = await invite("new.colleague@welkom.test");
    expect(message.template).toBe("staff-invite");
    expect(message.toAddress).toBe("new.colleague@welkom.test");
    expect(message.locale).toBe("en");
    expect(message.payload).toMatchObject({ organisationName: organisation.name, role: "CASEWORKER" });
    const stored = await db().invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await textColumnsContaining(token)).toEqual([]);
    expect(token.length).toBeGreaterThan(40);

    expect(await findOpenInvitation(token)).toMatchObject({
      email: "new.colleague@welkom.test",
      role: "CASEWORKER",
    });
    const { userId } = await acceptInvitation(token, {
      name: "Nieuwe Collega",
      password: "a long enough password",
    });
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ role: "CASEWORKER", organisationId: organisation.id, active: true });
    expect(
      await signInWithPassword({
        email: "new.colleague@welkom.test",
        password: "a long enough password",
        headers: from("10.5.0.1"),
      }),
    ).toBe("signedIn");
  });

  it("cannot be used twice", async () => {
    const { token } = await invite("twice@welkom.test");
    await acceptInvitation(token, { name: "Once", password: "a long enough password" });
    await expect(
      acceptInvitation(token, { name: "Twice", password: "another long password" }),
    ).rejects.toMatchObject({ code: "GONE" });
    expect(await findOpenInvitation(token)).toBeNull();
  });

  it("expires after seven days", async () => {
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 60 * 60_000);
    const { token } = await invite("late@welkom.test", eightDaysAgo);
    expect(await findOpenInvitation(token)).toBeNull();
    await expect(
      acceptInvitation(token, { name: "Late", password: "a long enough password" }),
    ).rejects.toMatchObject({ code: "GONE" });
    expect(await db().user.count({ where: { email: "late@welkom.test" } })).toBe(0);
  });

  it("refuses an address that already has an account, and refuses non-admins (audited)", async () => {
    const existing = await aStaffUser();
    const admin = await aStaffUser({ role: "ADMIN" });
    await expect(
      inviteStaff(
        admin.actor,
        { email: existing.email, role: "CASEWORKER", organisationId: admin.organisationId },
        "nl",
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const caseworker = await aStaffUser({ role: "CASEWORKER" });
    await expect(
      inviteStaff(
        caseworker.actor,
        { email: "x@welkom.test", role: "ADMIN", organisationId: caseworker.organisationId },
        "nl",
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditEvent.count({ where: { actorUserId: caseworker.id, action: "DENIED" } })).toBe(1);
  });
});

describe("account management", () => {
  it("deactivation ends every session at once and refuses new sign-ins", async () => {
    const admin = await aStaffUser({ role: "ADMIN" });
    const user = await aStaffUser();
    const { headers } = await auth().api.signInEmail({
      body: { email: user.email, password: testPassword },
      returnHeaders: true,
    });
    const cookie = headers.getSetCookie()[0]?.split(";")[0] ?? "";
    expect(await auth().api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();

    await setAccountActive(admin.actor, user.id, false);
    expect(await auth().api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
    expect(await loadStaffUser(user.id)).toBeNull();
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.6.0.1") }),
    ).toBe("invalidCredentials");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    const audited = await db().auditEvent.findFirst({
      where: { entityId: user.id, action: "UPDATE" },
      select: { detail: true, actorUserId: true },
    });
    expect(audited).toEqual({ actorUserId: admin.id, detail: { event: "deactivated", sessionsRevoked: 1 } });

    await setAccountActive(admin.actor, user.id, true);
    expect(
      await signInWithPassword({ email: user.email, password: testPassword, headers: from("10.6.0.2") }),
    ).toBe("signedIn");
  });

  it("changes role and organisation, but not one's own", async () => {
    const admin = await aStaffUser({ role: "ADMIN" });
    const user = await aStaffUser({ role: "CASEWORKER" });
    const other = await anOrganisation({ type: "NT2_PROVIDER" });
    await updateAccount(admin.actor, user.id, { role: "NT2_PROVIDER", organisationId: other.id });
    expect((await loadStaffUser(user.id))?.actor).toMatchObject({
      role: "NT2_PROVIDER",
      organisationId: other.id,
    });
    await expect(
      updateAccount(admin.actor, admin.id, { role: "CASEWORKER", organisationId: other.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setAccountActive(admin.actor, admin.id, false)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listAccounts(admin.actor)).map((account) => account.id)).toContain(user.id);
  });
});
