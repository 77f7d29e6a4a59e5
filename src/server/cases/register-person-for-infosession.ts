import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { AppError } from "../errors";
import { denyAsNotFound } from "../auth/deny";
import { parseInput } from "../parse-input";
import { personScope } from "../auth/scopes";

const registrationInput = z.object({
  sessionId: z.uuid("required"),
  /** Register the whole household (one registration, one seat per member) instead of the person alone. */
  wholeHousehold: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
  consent: z.preprocess(
    (value) => value === "on" || value === "true" || value === true,
    z.literal(true, "consentRequired"),
  ),
});

/** Upcoming sessions with free seats, for the intake's registration step. */
export async function listUpcomingInfosessions(actor: Actor, now = new Date()) {
  await authorize(actor, "infosessions.registerPerson", { type: "Infosession" });
  const sessions = await db().infosession.findMany({
    where: { status: "SCHEDULED", startsAt: { gt: now } },
    select: {
      id: true,
      series: true,
      language: true,
      region: true,
      startsAt: true,
      capacity: true,
      seatsTaken: true,
    },
    orderBy: { startsAt: "asc" },
    take: 30,
  });
  return sessions.filter((session) => session.seatsTaken < session.capacity);
}

/**
 * A caseworker registers a person (or their household) for an infosession. The seats are taken
 * by a conditional update (`seatsTaken + seats <= capacity`) in the same transaction as the
 * registration, so concurrent bookings can never overfill a session; the partial unique index on
 * (session, person) refuses a second active registration of the same person.
 */
export async function registerPersonForInfosession(
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<{ id: string }> {
  await authorize(actor, "infosessions.registerPerson", { type: "Registration" });
  const { sessionId, wholeHousehold } = parseInput(registrationInput, input);
  try {
    return await db().$transaction(async (tx) => {
      const person = await tx.person.findFirst({
        where: { id: personId, ...personScope(actor) },
        select: {
          id: true,
          firstName: true,
          lastName: true,
          email: true,
          phone: true,
          municipalityNis: true,
          household: {
            select: {
              members: { where: { anonymisedAt: null }, select: { firstName: true, birthDate: true } },
            },
          },
        },
      });
      if (!person)
        return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "registerForInfosession" });
      const members =
        wholeHousehold && person.household
          ? person.household.members
          : [{ firstName: person.firstName, birthDate: null }];
      const seats = Math.max(1, members.length);

      const taken = await tx.$executeRaw`
        UPDATE "Infosession" SET "seatsTaken" = "seatsTaken" + ${seats}, "updatedAt" = now()
        WHERE id = ${sessionId}::uuid AND status = 'SCHEDULED' AND "startsAt" > now() AND "seatsTaken" + ${seats} <= capacity`;
      if (taken === 0) throw new AppError("CONFLICT", "session full or closed", { sessionId: ["full"] });

      const session = await tx.infosession.findUniqueOrThrow({
        where: { id: sessionId },
        select: { language: true },
      });
      const registrar = await tx.user.findUniqueOrThrow({
        where: { id: actor.userId },
        select: { email: true },
      });
      const registration = await tx.registration.create({
        data: {
          sessionId,
          status: "CONFIRMED",
          seats,
          registrantType: "CASEWORKER",
          contactName: `${person.firstName} ${person.lastName}`,
          // The person's own contact if known; otherwise the caseworker who registered them is the contact.
          contactEmail: person.email ?? (person.phone ? null : registrar.email),
          contactPhone: person.phone,
          contactKey: `person:${person.id}`,
          locale: session.language,
          municipalityNis: person.municipalityNis,
          manageTokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
          personId: person.id,
          registeredById: actor.userId,
          consentAt: new Date(),
          confirmedAt: new Date(),
          attendees: {
            create: members
              .filter((member) => member.birthDate)
              .map((member) => ({
                firstName: member.firstName,
                birthYear: member.birthDate!.getUTCFullYear(),
              })),
          },
        },
        select: { id: true },
      });
      await tx.person.update({ where: { id: person.id }, data: { lastActivityAt: new Date() } });
      await recordAudit(
        tx,
        actor,
        "CREATE",
        { type: "Registration", id: registration.id },
        { personId: person.id, sessionId, seats },
      );
      return registration;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "already registered", { sessionId: ["alreadyRegistered"] });
    }
    throw error;
  }
}
