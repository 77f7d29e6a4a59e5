import { describe, expect, it } from "vitest";
import { newFormIdempotencyKey } from "@/server/infosessions/form-key";
import { registerForInfosession } from "@/server/infosessions/register";
import {
  cancelRegistrationByToken,
  moveRegistrationByToken,
} from "@/server/infosessions/manage-registration";
import { db } from "@/server/db";
import { anInfosession, aRegistrationInput } from "../support/factories";

const context = (n: number) => ({ ip: `10.0.${Math.floor(n / 250)}.${n % 250}` });

async function seatsOf(sessionId: string) {
  const session = await db().infosession.findUniqueOrThrow({ where: { id: sessionId } });
  const confirmed = await db().registration.aggregate({
    where: { sessionId, status: "CONFIRMED" },
    _sum: { seats: true },
  });
  return {
    seatsTaken: session.seatsTaken,
    confirmedSeats: confirmed._sum.seats ?? 0,
    capacity: session.capacity,
  };
}

describe("capacity under concurrency", () => {
  it("60 simultaneous registrations for 25 seats confirm exactly 25 and waitlist the rest, in order", async () => {
    const session = await anInfosession({ capacity: 25 });
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        registerForInfosession(aRegistrationInput(session.id), { ...context(n), waitlistPosition: true }),
      ),
    );
    const statuses = results.map((result) => result.registrations[0]!.status);
    expect(statuses.filter((status) => status === "confirmed")).toHaveLength(25);
    expect(statuses.filter((status) => status === "waitlisted")).toHaveLength(35);
    expect(await seatsOf(session.id)).toEqual({ seatsTaken: 25, confirmedSeats: 25, capacity: 25 });
    const positions = results
      .flatMap((result) => result.registrations[0]!.waitlistPosition ?? [])
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  });

  it("groups of different sizes never exceed capacity", async () => {
    const session = await anInfosession({ capacity: 20 });
    await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        registerForInfosession(aRegistrationInput(session.id, { people: 1 + (n % 4) }), context(n)),
      ),
    );
    const seats = await seatsOf(session.id);
    expect(seats.seatsTaken).toBe(seats.confirmedSeats);
    expect(seats.seatsTaken).toBeLessThanOrEqual(20);
    // With groups of 1 to 4 arriving, the last seats are filled by someone small enough.
    expect(seats.seatsTaken).toBeGreaterThanOrEqual(17);
  });

  it("a double submit with the same idempotency key creates one registration", async () => {
    const session = await anInfosession({ capacity: 5 });
    const input = aRegistrationInput(session.id, { people: 3, idempotencyKey: newFormIdempotencyKey() });
    const [first, second, third] = await Promise.all([
      registerForInfosession(input, context(1)),
      registerForInfosession(input, context(1)),
      registerForInfosession(input, context(1)),
    ]);
    expect(
      new Set([first.registrations[0]!.id, second.registrations[0]!.id, third.registrations[0]!.id]).size,
    ).toBe(1);
    // The page signed this key, so the double submit still lands on the manage page.
    expect(first.registrations[0]!.manageToken).toBeDefined();
    expect(first.registrations[0]!.manageToken).toBe(second.registrations[0]!.manageToken);
    expect(await db().registration.count({ where: { sessionId: session.id } })).toBe(1);
    expect((await seatsOf(session.id)).seatsTaken).toBe(3);
  });

  it("the same contact cannot hold two active registrations for one session", async () => {
    const session = await anInfosession();
    const input = aRegistrationInput(session.id);
    await registerForInfosession(input, context(2));
    await expect(
      registerForInfosession(
        { ...input, contact: { ...input.contact, email: input.contact.email!.toUpperCase() } },
        context(2),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the waiting list", () => {
  it("moves up first come, first served on cancellation, skipping groups that do not fit, and tells each", async () => {
    const session = await anInfosession({ capacity: 4 });
    const holder = await registerForInfosession(aRegistrationInput(session.id, { people: 3 }), context(3));
    const single = await registerForInfosession(aRegistrationInput(session.id, { people: 1 }), context(4));
    const bigGroup = await registerForInfosession(aRegistrationInput(session.id, { people: 4 }), context(5));
    const pair = await registerForInfosession(aRegistrationInput(session.id, { people: 2 }), context(6));
    const another = await registerForInfosession(aRegistrationInput(session.id, { people: 1 }), context(7));
    expect([holder, single, bigGroup, pair, another].map((r) => r.registrations[0]!.status)).toEqual([
      "confirmed",
      "confirmed",
      "waitlisted",
      "waitlisted",
      "waitlisted",
    ]);

    await cancelRegistrationByToken(holder.registrations[0]!.manageToken!);
    const status = async (r: typeof holder) =>
      (await db().registration.findUniqueOrThrow({ where: { id: r.registrations[0]!.id } })).status;
    // 3 seats free: the group of 4 does not fit and keeps its place; the pair and the single move up.
    expect(await status(bigGroup)).toBe("WAITLISTED");
    expect(await status(pair)).toBe("CONFIRMED");
    expect(await status(another)).toBe("CONFIRMED");
    expect((await seatsOf(session.id)).seatsTaken).toBe(4);
    const promotedMail = await db().outboxMessage.findMany({
      where: { template: "registration-promoted" },
      select: { payload: true },
    });
    expect(promotedMail.map((m) => (m.payload as { registrationId: string }).registrationId).sort()).toEqual(
      [pair.registrations[0]!.id, another.registrations[0]!.id].sort(),
    );

    // Cancelling twice is harmless.
    await cancelRegistrationByToken(holder.registrations[0]!.manageToken!);
    expect((await seatsOf(session.id)).seatsTaken).toBe(4);
  });

  it("a series-1 and series-2 booking are both confirmed or both waitlisted", async () => {
    const first = await anInfosession({ capacity: 10, series: "SERIES_1", language: "ru" });
    const second = await anInfosession({
      capacity: 2,
      series: "SERIES_2",
      language: "ru",
      startsAt: new Date(Date.now() + 12 * 86_400_000),
    });
    const both = await registerForInfosession(
      aRegistrationInput(first.id, { people: 2, followUpSessionId: second.id }),
      context(8),
    );
    expect(both.registrations.map((r) => r.status)).toEqual(["confirmed", "confirmed"]);
    const waiting = await registerForInfosession(
      aRegistrationInput(first.id, { people: 1, followUpSessionId: second.id }),
      context(9),
    );
    expect(waiting.registrations.map((r) => r.status)).toEqual(["waitlisted", "waitlisted"]);
    expect((await seatsOf(first.id)).seatsTaken).toBe(2);
    const otherLanguage = await anInfosession({
      series: "SERIES_2",
      language: "en",
      startsAt: new Date(Date.now() + 12 * 86_400_000),
    });
    await expect(
      registerForInfosession(
        aRegistrationInput(first.id, { followUpSessionId: otherLanguage.id }),
        context(10),
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { followUpSessionId: ["followUpInvalid"] } });
  });

  it("moving a confirmed registration frees its seats for the waiting list of the old session", async () => {
    const from = await anInfosession({ capacity: 1 });
    const to = await anInfosession({ capacity: 5, startsAt: new Date(Date.now() + 20 * 86_400_000) });
    const mover = await registerForInfosession(aRegistrationInput(from.id), context(11));
    const waiting = await registerForInfosession(aRegistrationInput(from.id), context(12));
    expect(waiting.registrations[0]!.status).toBe("waitlisted");
    expect(await moveRegistrationByToken(mover.registrations[0]!.manageToken!, to.id)).toMatchObject({
      status: "confirmed",
    });
    expect(
      (await db().registration.findUniqueOrThrow({ where: { id: waiting.registrations[0]!.id } })).status,
    ).toBe("CONFIRMED");
    expect((await seatsOf(from.id)).seatsTaken).toBe(1);
    expect((await seatsOf(to.id)).seatsTaken).toBe(1);
  });

  it("refuses unknown, cancelled and past sessions with a field message", async () => {
    const past = await anInfosession({ startsAt: new Date(Date.now() - 86_400_000) });
    await expect(registerForInfosession(aRegistrationInput(past.id), context(13))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { sessionId: ["sessionPast"] },
    });
    await expect(
      registerForInfosession(aRegistrationInput("00000000-0000-4000-8000-000000000000"), context(13)),
    ).rejects.toMatchObject({ fields: { sessionId: ["sessionNotFound"] } });
  });
});
