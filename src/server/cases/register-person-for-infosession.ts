import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { takesSeatOn } from "@/domain/cases/age";
import { locales } from "@/domain/locale";
import type { InfosessionSeries, Region } from "@/domain/infosessions/topics";
import type { Locale } from "@/domain/locale";
import { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { AppError } from "../errors";
import { addSeats, lockSessions } from "../infosessions/seats";
import { hashManageToken, manageTokenFor } from "../infosessions/manage-token";
import { notifyRegistrant } from "../infosessions/notify-registrant";
import { denyAsNotFound } from "../auth/deny";
import { parseInput } from "../parse-input";
import { personScope } from "../auth/scopes";

export type BookedForPerson = {
  id: string;
  status: "CONFIRMED" | "WAITLISTED";
  /** First names of everyone the booking is for: the person, or each household member. */
  names: string[];
  session: { series: InfosessionSeries; language: Locale; region: Region; startsAt: Date };
};

const registrationInput = z.object({
  sessionId: z.uuid("required"),
  /** Register the household (one registration, one seat per adult) instead of the person alone. */
  wholeHousehold: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
  consent: z.preprocess(
    (value) => value === "on" || value === "true" || value === true,
    z.literal(true, "consentRequired"),
  ),
  /** The caseworker's own language: their copies of the family's messages are in it. */
  registrarLocale: z.enum(locales).optional(),
});

/**
 * A caseworker registers a person (or their household) for an infosession. The session's row is
 * locked for the transaction (as every booking does), so concurrent bookings can never overfill it;
 * a booking that does not fit joins the waiting list, as a public registration would. The partial
 * unique index on (session, person) refuses a second active registration of the same person.
 * Answers with what was booked, for whom, so the caseworker's confirmation can say it.
 */
export async function registerPersonForInfosession(
  actor: Actor,
  personId: string,
  input: unknown,
): Promise<BookedForPerson> {
  await authorize(actor, "infosessions.registerPerson", { type: "Registration" });
  const { sessionId, wholeHousehold, registrarLocale } = parseInput(registrationInput, input);
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
              members: {
                where: { anonymisedAt: null },
                select: { id: true, firstName: true, birthDate: true },
              },
            },
          },
        },
      });
      if (!person)
        return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "registerForInfosession" });
      const session = (await lockSessions(tx, [sessionId])).get(sessionId);
      if (!session || session.status !== "SCHEDULED" || session.startsAt.getTime() <= Date.now())
        throw new AppError("CONFLICT", "full", { sessionId: ["full"] });
      // The household's adults on the session's day (children need no seat), the person booked from
      // always included.
      const members =
        wholeHousehold && person.household
          ? person.household.members.filter(
              (member) => member.id === person.id || takesSeatOn(session.startsAt)(member),
            )
          : [{ firstName: person.firstName, birthDate: null }];
      const seats = Math.max(1, members.length);
      const fits = session.capacity - session.seatsTaken >= seats;
      if (fits) await addSeats(tx, sessionId, seats);
      const { region } = await tx.infosession.findUniqueOrThrow({
        where: { id: sessionId },
        select: { region: true },
      });
      const id = randomUUID();
      const registration = await tx.registration.create({
        data: {
          id,
          sessionId,
          status: fits ? "CONFIRMED" : "WAITLISTED",
          seats,
          registrantType: "CASEWORKER",
          contactName: `${person.firstName} ${person.lastName}`,
          // The person's own contact only: the caseworker gets copies in their own language instead.
          contactEmail: person.email,
          contactPhone: person.phone,
          contactKey: `person:${person.id}`,
          locale: session.language,
          municipalityNis: person.municipalityNis,
          // The same private link as a public registration: the caseworker can hand it to the family.
          manageTokenHash: hashManageToken(manageTokenFor(id)),
          personId: person.id,
          forHousehold: Boolean(wholeHousehold && person.household),
          registeredById: actor.userId,
          registrarLocale: registrarLocale ?? null,
          consentAt: new Date(),
          confirmedAt: fits ? new Date() : null,
          attendees: {
            create: members
              .filter((member) => member.birthDate)
              .map((member) => ({
                firstName: member.firstName,
                birthYear: member.birthDate!.getUTCFullYear(),
              })),
          },
        },
        select: { id: true, contactEmail: true, contactPhone: true, locale: true, registrarLocale: true },
      });
      await notifyRegistrant(
        tx,
        { ...registration, registeredById: actor.userId },
        fits ? "registration-confirmed" : "registration-waitlisted",
        `registration:${id}`,
      );
      await tx.person.update({ where: { id: person.id }, data: { lastActivityAt: new Date() } });
      await recordAudit(
        tx,
        actor,
        "CREATE",
        { type: "Registration", id: registration.id },
        { personId: person.id, sessionId, seats, status: fits ? "CONFIRMED" : "WAITLISTED" },
      );
      return {
        id: registration.id,
        status: fits ? ("CONFIRMED" as const) : ("WAITLISTED" as const),
        names: members.map((member) => member.firstName),
        session: { series: session.series, language: session.language, region, startsAt: session.startsAt },
      };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "personAlreadyRegistered", { sessionId: ["personAlreadyRegistered"] });
    }
    throw error;
  }
}
