import { describe, expect, it } from "vitest";
import { db } from "@/server/db";

async function aSession(capacity = 2) {
  return db().infosession.create({
    data: {
      series: "SERIES_1",
      language: "uk",
      region: "FLANDERS",
      startsAt: new Date("2030-01-08T09:00:00Z"),
      endsAt: new Date("2030-01-08T11:00:00Z"),
      capacity,
      meetingUrl: "https://meet.example/test",
    },
  });
}

const registration = (sessionId: string, overrides: Record<string, unknown> = {}) => ({
  sessionId,
  status: "CONFIRMED" as const,
  seats: 1,
  registrantType: "SELF" as const,
  contactName: "Test",
  contactEmail: "a@example.test",
  contactKey: "email:a@example.test",
  locale: "uk" as const,
  manageTokenHash: crypto.randomUUID(),
  consentAt: new Date(),
  ...overrides,
});

describe("the database refuses data that breaks the rules", () => {
  it("a registration without seats", async () => {
    const session = await aSession();
    await expect(
      db().registration.create({ data: registration(session.id, { seats: 0 }) }),
    ).rejects.toThrow();
  });

  it("a second active registration for the same contact and session, but not after a cancellation", async () => {
    const session = await aSession();
    const first = await db().registration.create({ data: registration(session.id) });
    await expect(db().registration.create({ data: registration(session.id) })).rejects.toThrow();
    await db().registration.update({ where: { id: first.id }, data: { status: "CANCELLED" } });
    await expect(db().registration.create({ data: registration(session.id) })).resolves.toBeTruthy();
  });

  it("more confirmed seats than capacity", async () => {
    const session = await aSession(2);
    await expect(
      db().infosession.update({ where: { id: session.id }, data: { seatsTaken: 3 } }),
    ).rejects.toThrow();
  });

  it("a session that ends before it starts", async () => {
    await expect(
      db().infosession.create({
        data: {
          series: "SERIES_2",
          language: "ru",
          region: "BRUSSELS",
          startsAt: new Date("2030-01-08T11:00:00Z"),
          endsAt: new Date("2030-01-08T09:00:00Z"),
          capacity: 5,
          meetingUrl: "https://meet.example/x",
        },
      }),
    ).rejects.toThrow();
  });
});
