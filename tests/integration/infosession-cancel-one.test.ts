import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { cancelAttendeeByToken } from "@/server/infosessions/manage-registration";
import { registerForInfosession } from "@/server/infosessions/register";
import { anInfosession, aRegistrationInput } from "../support/factories";

const context = (n: number) => ({ ip: `10.9.0.${n}` });

async function reasonOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

describe("cancelling one person of a family through the manage link", () => {
  it("keeps the others' places and gives the freed seat to the waiting list at once", async () => {
    const session = await anInfosession({ capacity: 3 });
    const family = await registerForInfosession(aRegistrationInput(session.id, { people: 3 }), context(1));
    const waiting = await registerForInfosession(aRegistrationInput(session.id, { people: 1 }), context(2));
    expect(waiting.registrations[0]!.status).toBe("waitlisted");
    const familyId = family.registrations[0]!.id;
    const token = family.registrations[0]!.manageToken!;
    const [first, second] = await db().attendee.findMany({
      where: { registrationId: familyId },
      orderBy: { id: "asc" },
    });

    expect(await cancelAttendeeByToken(token, first!.id)).toEqual({ id: familyId, seats: 2 });
    const after = await db().registration.findUniqueOrThrow({
      where: { id: familyId },
      include: { attendees: true },
    });
    expect(after).toMatchObject({ status: "CONFIRMED", seats: 2 });
    expect(after.attendees.map((attendee) => attendee.id).sort()).not.toContain(first!.id);
    const promoted = await db().registration.findUniqueOrThrow({
      where: { id: waiting.registrations[0]!.id },
    });
    expect(promoted.status).toBe("CONFIRMED");
    expect((await db().infosession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(3);

    // Another registration's person, or one already gone, is not found through this link.
    expect(await reasonOf(cancelAttendeeByToken(token, first!.id))).toBe("registrationNotFound");
    // The last one is cancelled with the whole registration, never left with nobody.
    await cancelAttendeeByToken(token, second!.id);
    const [last] = await db().attendee.findMany({ where: { registrationId: familyId } });
    expect(await reasonOf(cancelAttendeeByToken(token, last!.id))).toBe("lastAttendee");
  });
});
