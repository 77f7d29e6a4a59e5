import { giveWaitlistPlace } from "@/server/infosessions/admin/give-place";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import {
  cancelSession,
  createSession,
  recordAttendance,
  updateSession,
} from "@/server/infosessions/admin/manage-sessions";
import {
  exportRegistrationsCsv,
  listSessionsForAdmin,
  sessionDetailForAdmin,
} from "@/server/infosessions/admin/read-sessions";
import { registerForInfosession } from "@/server/infosessions/register";
import { listOutbox } from "@/server/mail/list-outbox";
import { anInfosession, aRegistrationInput } from "../support/factories";

async function anActor(role: Actor["role"]): Promise<Actor> {
  const organisation = await db().organisation.create({ data: { name: `AgII ${role}`, type: "AGII" } });
  const user = await db().user.create({
    data: {
      email: `${role.toLowerCase()}.${crypto.randomUUID().slice(0, 8)}@agii.test`,
      name: role,
      role,
      organisationId: organisation.id,
    },
  });
  return { userId: user.id, role, organisationId: organisation.id, municipalityNis: null };
}

const input = {
  series: "SERIES_1",
  language: "uk",
  region: "FLANDERS",
  startsAtLocal: "2031-03-30T10:00",
  durationMinutes: 120,
  capacity: 2,
  meetingUrl: "https://meet.example.test/admin",
} as const;

describe("infosession administration", () => {
  it("refuses a caseworker everywhere, and audits the refusal", async () => {
    const caseworker = await anActor("CASEWORKER");
    const session = await anInfosession();
    await expect(createSession(caseworker, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listSessionsForAdmin(caseworker)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sessionDetailForAdmin(caseworker, session.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(cancelSession(caseworker, session.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportRegistrationsCsv(caseworker, session.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listOutbox(caseworker)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().auditEvent.count({ where: { actorUserId: caseworker.userId, action: "DENIED" } })).toBe(
      6,
    );
    expect((await db().infosession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe(
      "SCHEDULED",
    );
  });

  it("creates in Brussels time, raises capacity to promote the waiting list, and refuses a capacity below the confirmed seats", async () => {
    const admin = await anActor("ADMIN");
    const { id } = await createSession(admin, input);
    const created = await db().infosession.findUniqueOrThrow({ where: { id } });
    // 30 March 2031 is summer time: 10:00 in Brussels is 08:00 UTC.
    expect(created.startsAt.toISOString()).toBe("2031-03-30T08:00:00.000Z");
    const first = await registerForInfosession(aRegistrationInput(id, { people: 2 }), { ip: "203.0.113.1" });
    const waiting = await registerForInfosession(aRegistrationInput(id, { people: 1 }), {
      ip: "203.0.113.2",
    });
    expect([first.registrations[0]!.status, waiting.registrations[0]!.status]).toEqual([
      "confirmed",
      "waitlisted",
    ]);

    await expect(
      updateSession(admin, { sessionId: id, version: created.version, session: { ...input, capacity: 1 } }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    // A malformed version from the form is a stale edit, not a NaN handed to the query.
    await expect(
      updateSession(admin, { sessionId: id, version: "abc", session: { ...input, capacity: 3 } }),
    ).rejects.toMatchObject({ code: "STALE_EDIT" });
    expect(
      await updateSession(admin, {
        sessionId: id,
        version: created.version,
        session: { ...input, capacity: 3 },
      }),
    ).toEqual({
      promoted: 1,
      unreached: 0,
    });
    await expect(
      updateSession(admin, { sessionId: id, version: created.version, session: { ...input, capacity: 4 } }),
    ).rejects.toMatchObject({
      code: "STALE_EDIT",
    });
    expect(
      (await db().registration.findUniqueOrThrow({ where: { id: waiting.registrations[0]!.id } })).status,
    ).toBe("CONFIRMED");
    expect(await db().outboxMessage.count({ where: { template: "registration-promoted" } })).toBe(1);
  });

  it("refuses a session that would start in the past, naming the start field", async () => {
    const admin = await anActor("ADMIN");
    const now = new Date("2031-03-30T08:00:00Z");
    await expect(createSession(admin, input, now)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { startsAtLocal: ["startsInPast"] },
    });
    expect(await createSession(admin, input, new Date("2031-03-30T07:59:00Z"))).toMatchObject({
      id: expect.any(String),
    });
  });

  it("gives one family on the waiting list a place, growing the capacity by what it needs, and tells them", async () => {
    const admin = await anActor("ADMIN");
    const { id } = await createSession(admin, input);
    await registerForInfosession(aRegistrationInput(id, { people: 2 }), { ip: "203.0.113.21" });
    const single = await registerForInfosession(aRegistrationInput(id, { people: 1 }), {
      ip: "203.0.113.22",
    });
    const family = await registerForInfosession(aRegistrationInput(id, { people: 3 }), {
      ip: "203.0.113.23",
    });
    const familyId = family.registrations[0]!.id;
    expect(family.registrations[0]!.status).toBe("waitlisted");

    await expect(giveWaitlistPlace(await anActor("CASEWORKER"), familyId)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await giveWaitlistPlace(admin, familyId)).toEqual({ sessionId: id, capacityAdded: 3 });
    const session = await db().infosession.findUniqueOrThrow({ where: { id } });
    expect([session.capacity, session.seatsTaken]).toEqual([5, 5]);
    expect((await db().registration.findUniqueOrThrow({ where: { id: familyId } })).status).toBe("CONFIRMED");
    // The one ahead of them in the queue keeps waiting: the administrator chose this family.
    expect(
      (await db().registration.findUniqueOrThrow({ where: { id: single.registrations[0]!.id } })).status,
    ).toBe("WAITLISTED");
    expect(
      await db().outboxMessage.count({
        where: { template: "registration-promoted", idempotencyKey: { startsWith: `promoted:${familyId}:` } },
      }),
    ).toBe(1);
    expect(
      await db().auditEvent.count({
        where: { actorUserId: admin.userId, entityType: "Registration", entityId: familyId },
      }),
    ).toBe(1);
    await expect(giveWaitlistPlace(admin, familyId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "notWaitlisted",
    });
  });

  it("cancelling a session cancels every registration and queues a mail to each in their own language", async () => {
    const admin = await anActor("ADMIN");
    const session = await anInfosession({ capacity: 1 });
    await registerForInfosession(aRegistrationInput(session.id, { locale: "ru" }), { ip: "203.0.113.3" });
    await registerForInfosession(aRegistrationInput(session.id, { locale: "nl" }), { ip: "203.0.113.4" });
    expect(await cancelSession(admin, session.id)).toEqual({ notified: 2, unreached: 0 });
    const mails = await db().outboxMessage.findMany({
      where: { template: "session-cancelled" },
      select: { locale: true },
    });
    expect(mails.map((mail) => mail.locale).sort()).toEqual(["nl", "ru"]);
    expect(
      await db().registration.count({ where: { sessionId: session.id, status: { not: "CANCELLED" } } }),
    ).toBe(0);
    expect((await db().infosession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(0);
  });

  it("records attendance per person for the whole session in one save, only once it has started", async () => {
    const admin = await anActor("ADMIN");
    const session = await anInfosession();
    const family = await registerForInfosession(aRegistrationInput(session.id, { people: 2 }), {
      ip: "203.0.113.5",
    });
    const single = await registerForInfosession(aRegistrationInput(session.id), { ip: "203.0.113.6" });
    await expect(recordAttendance(admin, { sessionId: session.id, present: [] })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      reason: "notStarted",
    });
    await db().infosession.update({
      where: { id: session.id },
      data: { startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) },
    });
    const [mother, child] = await db().attendee.findMany({
      where: { registrationId: family.registrations[0]!.id },
      orderBy: { id: "asc" },
    });
    // Only the mother came: her registration attended, the child's seat marked absent, the single a no-show.
    expect(await recordAttendance(admin, { sessionId: session.id, present: [mother!.id] })).toEqual({
      attended: 1,
      noShow: 1,
    });
    const statusOf = async (id: string) =>
      (await db().registration.findUniqueOrThrow({ where: { id } })).status;
    expect(await statusOf(family.registrations[0]!.id)).toBe("ATTENDED");
    expect(await statusOf(single.registrations[0]!.id)).toBe("NO_SHOW");
    const presence = await db().attendee.findMany({
      where: { id: { in: [mother!.id, child!.id] } },
      orderBy: { id: "asc" },
      select: { present: true },
    });
    expect(presence.map((row) => row.present)).toEqual([true, false]);
    // Saved again, the new answer replaces the old one.
    await recordAttendance(admin, { sessionId: session.id, present: [] });
    expect(await statusOf(family.registrations[0]!.id)).toBe("NO_SHOW");
  });

  it("exports CSV with formula-like cells neutralised, and audits the export", async () => {
    const admin = await anActor("ADMIN");
    const session = await anInfosession();
    await registerForInfosession(
      aRegistrationInput(session.id, {
        contact: { name: '=HYPERLINK("http://evil")', email: "csv@example.test" },
        attendees: [
          { firstName: "+Ivan", birthYear: 1990 },
          { firstName: "@Olha", birthYear: 1991 },
        ],
      }),
      { ip: "203.0.113.6" },
    );
    const csv = await exportRegistrationsCsv(admin, session.id);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[1]).toContain(`;'+Ivan;`);
    expect(lines[2]).toContain(`;'@Olha;`);
    expect(await db().auditEvent.count({ where: { actorUserId: admin.userId, action: "EXPORT" } })).toBe(1);
  });
});
