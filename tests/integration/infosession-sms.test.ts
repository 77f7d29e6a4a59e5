import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freeLocalPort } from "../support/free-port";
import { startSmppSink } from "../support/smpp-sink";
import { aCaseWorld, aPerson, anInfosession, aRegistrationInput } from "../support/factories";

// The gateway must be set before the portal's env() is first read.
const smppPort = await freeLocalPort();
const credentials = { systemId: "welkom-test", password: "pw-test" };
process.env.SMPP_URL = `smpp://127.0.0.1:${smppPort}`;
process.env.SMPP_SYSTEM_ID = credentials.systemId;
process.env.SMPP_PASSWORD = credentials.password;
process.env.SMS_SENDER = "Welkom";
// Mail is configured too (nothing listens): the mail sender must leave SMS rows alone.
process.env.SMTP_URL = `smtp://127.0.0.1:${await freeLocalPort()}`;
process.env.OUTBOX_MAX_ATTEMPTS = "3";

const { db } = await import("@/server/db");
const { registerForInfosession } = await import("@/server/infosessions/register");
const { registerPersonForInfosession } = await import("@/server/cases/register-person-for-infosession");
const { cancelSession, updateSession } = await import("@/server/infosessions/admin/manage-sessions");
const { toBrusselsLocal } = await import("@/domain/time/brussels");
const { unreachedRegistrants } = await import("@/server/infosessions/admin/unreached-registrants");
const { manageTokenFor } = await import("@/server/infosessions/manage-token");
const { sendDueSms } = await import("@/server/sms/sms-worker");
const { sendDueMail } = await import("@/server/mail/outbox-worker");

const smsDir = mkdtempSync(path.join(tmpdir(), "welkom-sms-"));
afterAll(() => rmSync(smsDir, { recursive: true, force: true }));
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe("SMS through the outbox, to a real SMPP server", () => {
  it("a phone-only family gets an SMS with the meeting and manage links; no token waits in the outbox", async () => {
    const session = await anInfosession({ language: "uk" });
    const input = aRegistrationInput(session.id, {
      contact: { name: "Iryna Koval", phone: "0470 12 34 56" },
      people: 2,
    });
    const result = await registerForInfosession(input, { ip: "198.51.100.20" });
    const registration = result.registrations[0]!;
    const row = await db().outboxMessage.findUniqueOrThrow({
      where: { idempotencyKey: `registration:${registration.id}` },
    });
    expect(row).toMatchObject({ channel: "SMS", toAddress: "32470123456", status: "PENDING" });
    expect(JSON.stringify(row.payload)).not.toContain(registration.manageToken!);

    // The mail sender does not touch it; with the gateway down the SMS waits for a retry.
    await sendDueMail(50, later(1));
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });
    expect(await sendDueSms(20, later(1))).toEqual({ sent: 0, failed: 1 });

    const sink = await startSmppSink(smsDir, credentials, smppPort);
    try {
      expect(await sendDueSms(20, later(30))).toEqual({ sent: 1, failed: 0 });
      expect(await sendDueSms(20, later(60))).toEqual({ sent: 0, failed: 0 });
    } finally {
      await sink.close();
    }
    expect(sink.received).toHaveLength(1);
    const [sms] = sink.received;
    expect(sms).toMatchObject({ to: "32470123456", from: "Welkom", systemId: credentials.systemId });
    expect(sms!.text).toContain("Ви зареєстровані");
    expect(sms!.text).toContain(session.meetingUrl);
    expect(sms!.text).toContain(`/uk/infosessions/manage/${manageTokenFor(registration.id)}`);
    const sent = await db().outboxMessage.findUniqueOrThrow({ where: { id: row.id } });
    expect(sent.status).toBe("SENT");
    expect(JSON.stringify(sent.payload)).not.toContain(manageTokenFor(registration.id));
  });

  it("a gateway that refuses the bind leaves the SMS pending with the reason", async () => {
    const session = await anInfosession({ language: "ru" });
    await registerForInfosession(
      aRegistrationInput(session.id, { contact: { name: "Anna", phone: "+32 471 00 00 01" }, locale: "ru" }),
      { ip: "198.51.100.21" },
    );
    const sink = await startSmppSink(smsDir, { systemId: "someone-else", password: "x" }, smppPort);
    try {
      expect(await sendDueSms(20, later(1))).toEqual({ sent: 0, failed: 1 });
    } finally {
      await sink.close();
    }
    const row = await db().outboxMessage.findFirstOrThrow({ where: { toAddress: "32471000001" } });
    expect(row.status).toBe("PENDING");
    expect(row.lastError).toContain("bind refused");
  });

  it("a caseworker's booking: the family by SMS, the caseworker copied in their language; the cancelled session's call list", async () => {
    const { actors, organisations } = await aCaseWorld();
    const session = await anInfosession({ language: "uk" });
    const byPhone = await aPerson(organisations.ghentOcmw.id, {
      firstName: "Nataliia",
      phone: "0485 11 22 33",
    });
    const landline = await aPerson(organisations.ghentOcmw.id, {
      firstName: "Maksym",
      phone: "09 123 45 67",
    });
    const nothing = await aPerson(organisations.ghentOcmw.id, { firstName: "Anna" });
    const ids: Record<string, string> = {};
    for (const person of [byPhone, landline, nothing]) {
      ids[person.firstName] = (
        await registerPersonForInfosession(actors.caseworker, person.id, {
          sessionId: session.id,
          consent: "on",
          registrarLocale: "en",
        })
      ).id;
    }
    const registrar = await db().user.findUniqueOrThrow({ where: { id: actors.caseworker.userId } });
    const rows = await db().outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: "registration:" } },
      select: { idempotencyKey: true, channel: true, toAddress: true, locale: true },
    });
    const forRegistration = (id: string) =>
      rows.filter((row) => row.idempotencyKey.startsWith(`registration:${id}`));
    expect(forRegistration(ids.Nataliia!)).toEqual(
      expect.arrayContaining([
        {
          idempotencyKey: `registration:${ids.Nataliia}`,
          channel: "SMS",
          toAddress: "32485112233",
          locale: "uk",
        },
        {
          idempotencyKey: `registration:${ids.Nataliia}:registrar`,
          channel: "MAIL",
          toAddress: registrar.email,
          locale: "en",
        },
      ]),
    );
    // No e-mail and no mobile: only the caseworker hears of it (no more mail "to" the caseworker in Ukrainian).
    expect(forRegistration(ids.Anna!)).toEqual([
      {
        idempotencyKey: `registration:${ids.Anna}:registrar`,
        channel: "MAIL",
        toAddress: registrar.email,
        locale: "en",
      },
    ]);
    expect(forRegistration(ids.Maksym!).map((row) => row.channel)).toEqual(["MAIL"]);
    const booked = await db().registration.findUniqueOrThrow({ where: { id: ids.Nataliia! } });
    expect(booked).toMatchObject({ contactEmail: null, registrarLocale: "en" });

    const { notified, unreached } = await cancelSession(actors.admin, session.id);
    expect({ notified, unreached }).toEqual({ notified: 1, unreached: 2 });
    // Before the SMS is delivered it is on the list as on its way; once sent it drops off.
    expect(
      (await unreachedRegistrants(actors.admin, session.id)).registrants.map((row) => row.reason).sort(),
    ).toEqual(["noContact", "noContact", "smsPending"]);
    const sink = await startSmppSink(smsDir, credentials, smppPort);
    try {
      await sendDueSms(50, later(1));
    } finally {
      await sink.close();
    }
    // The booking's own SMS may go out in the same round: look for this one among them.
    expect(
      sink.received
        .filter((sms) => sms.to === "32485112233")
        .map((sms) => sms.text)
        .join("\n"),
    ).toContain("Скасовано");
    const { kind, registrants: list } = await unreachedRegistrants(actors.admin, session.id);
    expect(kind).toBe("cancelled");
    expect(list.map((row) => [row.contactName, row.contactPhone, row.reason])).toEqual([
      ["Maksym Kovalenko", "09 123 45 67", "noContact"],
      ["Anna Kovalenko", null, "noContact"],
    ]);
    expect(Object.keys(list[0]!).sort()).toEqual(
      ["contactName", "contactPhone", "id", "locale", "reason", "registeredBy", "seats"].sort(),
    );
    const audit = await db().auditEvent.findMany({
      where: { entityType: "Infosession", entityId: session.id, action: "READ" },
    });
    const detail = audit.at(-1)!.detail as { view: string; registrationIds: string[] };
    expect(detail.view).toBe("call-list");
    expect(detail.registrationIds.sort()).toEqual([ids.Maksym, ids.Anna].sort());
    const copies = await db().outboxMessage.count({
      where: { idempotencyKey: { in: Object.values(ids).map((id) => `session-cancelled:${id}:registrar`) } },
    });
    expect(copies).toBe(3);
  });

  it("a session moved to another time tells everyone registered, and lists whom no message reached", async () => {
    const { actors, organisations } = await aCaseWorld();
    // On the minute, as the form types it.
    const startsAt = new Date(Math.floor((Date.now() + 10 * 86_400_000) / 60_000) * 60_000);
    const session = await anInfosession({ language: "uk", capacity: 10, startsAt });
    const byPhone = await aPerson(organisations.ghentOcmw.id, { firstName: "Olha", phone: "0496 55 44 33" });
    const nothing = await aPerson(organisations.ghentOcmw.id, { firstName: "Vira" });
    for (const person of [byPhone, nothing])
      await registerPersonForInfosession(actors.caseworker, person.id, {
        sessionId: session.id,
        consent: "on",
      });
    const byMail = await registerForInfosession(aRegistrationInput(session.id, { locale: "ru" }), {
      ip: "198.51.100.30",
    });
    const edit = (startsAt: Date, version: number) =>
      updateSession(actors.admin, {
        sessionId: session.id,
        version,
        session: {
          series: session.series,
          language: session.language,
          region: session.region,
          startsAtLocal: toBrusselsLocal(startsAt),
          durationMinutes: 120,
          capacity: 10,
          meetingUrl: session.meetingUrl,
        },
      });
    // Same time: not a move, nobody is told.
    expect(await edit(session.startsAt, session.version)).toEqual({ promoted: 0, unreached: 0 });
    expect((await unreachedRegistrants(actors.admin, session.id)).kind).toBe(null);

    const newStart = new Date(session.startsAt.getTime() + 86_400_000);
    expect(await edit(newStart, session.version + 1)).toEqual({ promoted: 0, unreached: 1 });
    const moved = await db().outboxMessage.findMany({
      where: {
        template: "session-moved",
        payload: { path: ["registrationId"], equals: byMail.registrations[0]!.id },
      },
    });
    expect(moved.map((row) => [row.channel, row.locale])).toEqual([["MAIL", "ru"]]);
    // A family booked after the move saw the new time: not on the list.
    await registerForInfosession(
      aRegistrationInput(session.id, { contact: { name: "Later", phone: "09 111 22 33" } }),
      { ip: "198.51.100.31" },
    );
    const sink = await startSmppSink(smsDir, credentials, smppPort);
    try {
      await sendDueSms(50, later(1));
    } finally {
      await sink.close();
    }
    // The booking's own SMS may go out in the same round: look for this one among them.
    expect(
      sink.received
        .filter((sms) => sms.to === "32496554433")
        .map((sms) => sms.text)
        .join("\n"),
    ).toContain("Змінено");
    const { kind, registrants } = await unreachedRegistrants(actors.admin, session.id);
    expect(kind).toBe("moved");
    expect(registrants.map((row) => [row.contactName, row.reason])).toEqual([
      ["Vira Kovalenko", "noContact"],
    ]);
  });
});
