import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freeLocalPort } from "../support/free-port";
import { startSmtpSink } from "../support/smtp-sink";
import { readMailDir } from "../support/eml";
import { anInfosession, aRegistrationInput } from "../support/factories";

// SMTP_URL must be set before the portal's env() is first read.
const freePort = await freeLocalPort();
process.env.SMTP_URL = `smtp://127.0.0.1:${freePort}`;
process.env.OUTBOX_MAX_ATTEMPTS = "3";

const { db } = await import("@/server/db");
const { registerForInfosession } = await import("@/server/infosessions/register");
const { cancelRegistrationByToken } = await import("@/server/infosessions/manage-registration");
const { sendDueMail } = await import("@/server/mail/outbox-worker");
const { queueDueReminders } = await import("@/server/infosessions/reminders");

const mailDir = mkdtempSync(path.join(tmpdir(), "welkom-mail-"));
afterAll(() => rmSync(mailDir, { recursive: true, force: true }));
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("mail through the outbox", () => {
  it("with SMTP down the registration succeeds; the mail goes out, once, when SMTP is back", async () => {
    const session = await anInfosession({ capacity: 5, language: "uk" });
    const input = aRegistrationInput(session.id, { people: 3, locale: "uk" });
    const result = await registerForInfosession(input, { ip: "198.51.100.1" });
    expect(result.registrations[0]!.status).toBe("confirmed");

    expect(await sendDueMail()).toEqual({ sent: 0, failed: 1 });
    const waiting = await db().outboxMessage.findUniqueOrThrow({
      where: { idempotencyKey: `registration:${result.registrations[0]!.id}` },
    });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    const sink = await startSmtpSink(mailDir, freePort);
    try {
      expect(await sendDueMail(20, later(10))).toEqual({ sent: 1, failed: 0 });
      expect(await sendDueMail(20, later(60))).toEqual({ sent: 0, failed: 0 });
    } finally {
      await sink.close();
    }
    const mails = readMailDir(mailDir).filter((mail) => mail.to.includes(input.contact.email!));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toContain("Ви зареєстровані");
    expect(mail!.text).toContain(session.meetingUrl);
    expect(mail!.text).toContain(result.registrations[0]!.manageToken!);
    const ics = mail!.attachments.find((attachment) => attachment.filename.endsWith(".ics"));
    expect(ics?.content).toContain("BEGIN:VEVENT");
    expect(ics?.content).toContain(
      `DTSTART:${session.startsAt
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, "")}`,
    );
  });

  it("a waitlisted registrant gets no meeting link; when promoted, they are told and get it", async () => {
    const session = await anInfosession({ capacity: 1, language: "ru" });
    const first = await registerForInfosession(aRegistrationInput(session.id, { locale: "en" }), {
      ip: "198.51.100.2",
    });
    const waiting = aRegistrationInput(session.id, { locale: "ru" });
    const second = await registerForInfosession(waiting, { ip: "198.51.100.3" });
    const sink = await startSmtpSink(mailDir, freePort);
    try {
      await sendDueMail(50, later(10));
      await cancelRegistrationByToken(first.registrations[0]!.manageToken!);
      await sendDueMail(50, later(10));
    } finally {
      await sink.close();
    }
    const mine = readMailDir(mailDir).filter((mail) => mail.to.includes(waiting.contact.email!));
    const waitlisted = mine.find((mail) => mail.subject.includes("листе ожидания"));
    const promoted = mine.find((mail) => mail.subject.includes("Освободилось место"));
    expect(waitlisted?.text).not.toContain(session.meetingUrl);
    expect(promoted?.text).toContain(session.meetingUrl);
    expect(second.registrations[0]!.status).toBe("waitlisted");
  });

  it("a name typed into the public form never becomes a link in the mail", async () => {
    const session = await anInfosession({ language: "en" });
    const input = aRegistrationInput(session.id, { locale: "en" });
    await registerForInfosession(
      {
        ...input,
        contact: { ...input.contact, name: "Olena, pay at https://evil.example/pay or www.evil.example" },
      },
      { ip: "198.51.100.9" },
    );
    const sink = await startSmtpSink(mailDir, freePort);
    try {
      await sendDueMail(50, later(10));
    } finally {
      await sink.close();
    }
    const [mail] = readMailDir(mailDir).filter((candidate) => candidate.to.includes(input.contact.email!));
    expect(mail!.text).toContain("Olena");
    expect(mail!.text).not.toMatch(/evil\.example/);
    expect(mail!.html).not.toContain("evil");
  });

  it("marks a message DEAD after the maximum number of attempts", async () => {
    const session = await anInfosession();
    await registerForInfosession(aRegistrationInput(session.id), { ip: "198.51.100.4" });
    for (let attempt = 1; attempt <= 3; attempt++) await sendDueMail(50, later(attempt * 24 * 60));
    const dead = await db().outboxMessage.count({ where: { status: "DEAD" } });
    expect(dead).toBeGreaterThan(0);
  });

  it("queues one reminder for a confirmed registration inside the reminder window", async () => {
    const soon = await anInfosession({ startsAt: later(60 * 5) });
    const registration = await registerForInfosession(aRegistrationInput(soon.id), { ip: "198.51.100.5" });
    expect(await queueDueReminders()).toBeGreaterThanOrEqual(1);
    expect(await queueDueReminders()).toBe(0);
    expect(
      await db().outboxMessage.count({
        where: {
          template: "session-reminder",
          payload: { equals: { registrationId: registration.registrations[0]!.id } },
        },
      }),
    ).toBe(1);
  });
});
