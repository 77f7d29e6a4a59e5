import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMailDir, type ParsedMail } from "../support/eml";
import { freeLocalPort } from "../support/free-port";
import { startSmtpSink } from "../support/smtp-sink";
import {
  anActor,
  anOrganisation,
  aPerson,
  aStaffUser,
  nt2Profile,
  withContactDetails,
} from "../support/factories";

// SMTP_URL must be set before the portal's env() is first read.
const freePort = await freeLocalPort();
process.env.SMTP_URL = `smtp://127.0.0.1:${freePort}`;
process.env.OUTBOX_MAX_ATTEMPTS = "5";

const { db } = await import("@/server/db");
const { sendDueMail } = await import("@/server/mail/outbox-worker");
const { inviteStaff } = await import("@/server/accounts/invite-staff");
const { requestPasswordReset } = await import("@/server/auth/password-reset");
const { createNt2Referral } = await import("@/server/referrals/create-nt2-referral");
const { changeReferralStatus } = await import("@/server/referrals/change-referral-status");
const { pruneFinishedMail, keepFinishedMailDays } = await import("@/server/mail/prune-outbox");
const { invitationUrlFor } = await import("@/server/accounts/invitation-token");
const { openToken } = await import("@/server/mail/sealed-token");

const mailDir = mkdtempSync(path.join(tmpdir(), "welkom-staff-mail-"));
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink(mailDir, freePort);
});
afterAll(async () => {
  await sink.close();
  rmSync(mailDir, { recursive: true, force: true });
});

async function sendAndRead(to: string): Promise<ParsedMail[]> {
  await sendDueMail(50);
  return readMailDir(mailDir).filter((mail) => mail.to.includes(to));
}

describe("mail to staff, sent by the outbox worker", () => {
  it("an invitation arrives in the inviter's staff locale, with the link, the role and the organisation", async () => {
    const admin = await aStaffUser({ role: "ADMIN" });
    const organisation = await anOrganisation({ type: "OCMW" });
    const email = "invited.colleague@welkom.test";
    const { invitationId } = await inviteStaff(
      admin.actor,
      { email, role: "CASEWORKER", organisationId: organisation.id },
      "nl",
    );
    const queued = await db().outboxMessage.findUniqueOrThrow({
      where: { idempotencyKey: `staff-invite:${invitationId}` },
    });
    // The outbox holds the invitation's id, never its link: the worker builds that when it sends.
    const link = invitationUrlFor(invitationId, "nl");
    expect(JSON.stringify(queued.payload)).not.toContain(link.split("/staff/invite/")[1]);

    const [mail, ...more] = await sendAndRead(email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("Je uitnodiging voor de medewerkersomgeving van Welkom");
    expect(mail!.text).toContain(link);
    expect(mail!.text).toContain("als Trajectbegeleider");
    expect(mail!.text).toContain(organisation.name);
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
  });

  it("a password reset link arrives in English for an English request, with how long it works", async () => {
    const user = await aStaffUser({ role: "CASEWORKER", email: "forgetful@welkom.test" });
    await requestPasswordReset(user.email, "en");
    const queued = await db().outboxMessage.findFirstOrThrow({
      where: { template: "staff-password-reset", toAddress: user.email },
    });

    const token = openToken((queued.payload as { sealedToken: string }).sealedToken);

    const [mail] = await sendAndRead(user.email);
    expect(mail!.subject).toBe("Choose a new password for Welkom");
    expect(mail!.text).toContain(`/en/staff/reset-password?token=${token}`);
    expect(mail!.text).toContain("60 minutes");
    // Once sent, not even the sealed token stays for the 30 days the row is kept.
    expect(
      (await db().outboxMessage.findUniqueOrThrow({ where: { id: queued.id } })).payload,
    ).not.toHaveProperty("sealedToken");
  });

  it("a declined referral tells the referring caseworker who declined and why, and names no person", async () => {
    const ocmw = await anOrganisation({ type: "OCMW", municipalityNis: "44021" });
    const cvo = await anOrganisation({ type: "NT2_PROVIDER", region: "FLANDERS", name: "CVO Mailtest" });
    const caseworker = await anActor("CASEWORKER", ocmw);
    const provider = await anActor("NT2_PROVIDER", cvo);
    const person = await aPerson(ocmw.id, {
      ...withContactDetails,
      municipalityNis: "44021",
      firstName: "Mariia",
    });
    const { id } = await createNt2Referral(caseworker, {
      personId: person.id,
      targetOrganisationId: cvo.id,
      profile: nt2Profile,
      consentGiven: true,
    });
    await changeReferralStatus(provider, {
      referralId: id,
      to: "DECLINED",
      reason: "Course full until March",
      version: 1,
    });
    const { email } = await db().user.findUniqueOrThrow({
      where: { id: caseworker.userId },
      select: { email: true },
    });

    const [mail] = await sendAndRead(email);
    expect(mail!.subject).toBe("Een NT2-aanbieder heeft je doorverwijzing geweigerd");
    expect(mail!.text).toContain("CVO Mailtest");
    expect(mail!.text).toContain("Hun reden: Course full until March");
    expect(mail!.text).toContain(`/nl/staff/referrals/${id}`);
    expect(mail!.text).not.toContain("Mariia");
  });

  it("a message no retry can send (unknown template, payload that does not fit) is dead at once, and blocks nothing", async () => {
    const rows = [
      { idempotencyKey: "test:unknown-template", template: "no-such-template", payload: {} },
      {
        idempotencyKey: "test:bad-payload",
        template: "staff-invite",
        payload: { invitationId: "not a uuid" },
      },
    ];
    await db().outboxMessage.createMany({
      data: rows.map((row) => ({ ...row, toAddress: "nobody@welkom.test", locale: "nl" })),
    });
    await sendDueMail(50);
    for (const row of rows) {
      const message = await db().outboxMessage.findUniqueOrThrow({
        where: { idempotencyKey: row.idempotencyKey },
      });
      expect(message).toMatchObject({ status: "DEAD", attempts: 1 });
      expect(message.lastError).toContain(row.template);
    }
  });

  it("sent and dead messages, which hold addresses, are deleted after a while; waiting ones only once their link has expired", async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const old = daysAgo(keepFinishedMailDays + 1);
    const recent = daysAgo(keepFinishedMailDays - 1);
    const later = daysAgo(-1);
    const rows = [
      {
        idempotencyKey: "prune:old-sent",
        template: "staff-invite",
        status: "SENT",
        sentAt: old,
        createdAt: old,
      },
      { idempotencyKey: "prune:old-dead", template: "staff-invite", status: "DEAD", createdAt: old },
      {
        idempotencyKey: "prune:recent-sent",
        template: "staff-invite",
        status: "SENT",
        sentAt: recent,
        createdAt: recent,
      },
      {
        idempotencyKey: "prune:old-pending",
        template: "registration-confirmed",
        status: "PENDING",
        createdAt: old,
        nextAttemptAt: later,
      },
      {
        idempotencyKey: "prune:expired-invite",
        template: "staff-invite",
        status: "PENDING",
        createdAt: daysAgo(8),
        nextAttemptAt: later,
      },
      {
        idempotencyKey: "prune:open-invite",
        template: "staff-invite",
        status: "PENDING",
        createdAt: daysAgo(6),
        nextAttemptAt: later,
      },
      {
        idempotencyKey: "prune:expired-reset",
        template: "staff-password-reset",
        status: "PENDING",
        createdAt: new Date(Date.now() - 2 * 3_600_000),
        nextAttemptAt: later,
      },
      {
        idempotencyKey: "prune:open-reset",
        template: "staff-password-reset",
        status: "PENDING",
        createdAt: new Date(Date.now() - 10 * 60_000),
        nextAttemptAt: later,
      },
    ] as const;
    await db().outboxMessage.createMany({
      data: rows.map((row) => ({ ...row, toAddress: "someone@welkom.test", locale: "nl", payload: {} })),
    });

    expect(await pruneFinishedMail()).toBeGreaterThanOrEqual(4);
    const left = await db().outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: "prune:" } },
      select: { idempotencyKey: true },
    });
    expect(left.map((row) => row.idempotencyKey).sort()).toEqual([
      "prune:old-pending",
      "prune:open-invite",
      "prune:open-reset",
      "prune:recent-sent",
    ]);
  });
});
