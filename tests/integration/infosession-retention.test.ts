import { describe, expect, it } from "vitest";
import { monthsBefore } from "@/domain/time/months-before";
import { db } from "@/server/db";
import { registerForInfosession } from "@/server/infosessions/register";
import { erasePastRegistrations } from "@/server/infosessions/erase-past-registrations";
import { aMunicipality, anInfosession, aRegistrationInput } from "../support/factories";

const monthsAgo = (months: number) => monthsBefore(new Date(), months);

/** A registration of three people with its mail queued, for a session then moved to `endedAt`. */
async function aRegistrationForASessionThatEnded(endedAt: Date, ip: string) {
  await aMunicipality("44021", "Gent");
  const session = await anInfosession({ capacity: 10 });
  const input = aRegistrationInput(session.id, { people: 3, municipalityNis: "44021" });
  const { registrations } = await registerForInfosession(input, { ip });
  await db().infosession.update({
    where: { id: session.id },
    data: { startsAt: new Date(endedAt.getTime() - 2 * 3_600_000), endsAt: endedAt },
  });
  return { id: registrations[0]!.id, email: input.contact.email! };
}

describe("registrations are deleted at the latest 12 months after their session, as the privacy statement says", () => {
  it("erases who registered and their queued mail, keeps what the figures count, and leaves younger registrations alone", async () => {
    const old = await aRegistrationForASessionThatEnded(monthsAgo(13), "198.51.100.61");
    const recent = await aRegistrationForASessionThatEnded(monthsAgo(11), "198.51.100.62");

    expect(await erasePastRegistrations()).toBe(1);

    const erased = await db().registration.findUniqueOrThrow({
      where: { id: old.id },
      include: { attendees: true },
    });
    expect(erased).toMatchObject({
      contactName: "—",
      contactEmail: null,
      contactPhone: "—",
      contactKey: `erased:${old.id}`,
      idempotencyKey: null,
    });
    expect(erased).toMatchObject({ status: "CONFIRMED", seats: 3, municipalityNis: "44021" });
    expect(erased.attendees).toEqual([]);
    expect(JSON.stringify(erased)).not.toContain(old.email);
    expect(await db().outboxMessage.count({ where: { toAddress: old.email } })).toBe(0);
    const [event] = await db().auditEvent.findMany({
      where: { action: "ERASE", entityType: "Registration" },
    });
    expect(event?.detail).toMatchObject({ registrationIds: [old.id], count: 1 });
    expect(JSON.stringify(event?.detail)).not.toContain(old.email);

    const kept = await db().registration.findUniqueOrThrow({
      where: { id: recent.id },
      include: { attendees: true },
    });
    expect(kept).toMatchObject({ contactEmail: recent.email });
    expect(kept.attendees).toHaveLength(3);
    expect(await db().outboxMessage.count({ where: { toAddress: recent.email } })).toBe(1);

    expect(await erasePastRegistrations()).toBe(0);
  });
});
