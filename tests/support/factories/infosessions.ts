import { randomUUID } from "node:crypto";
import type { RegistrationInput } from "../../../src/domain/infosessions/registration-input";
import type { PrismaClient } from "../../../src/server/generated/prisma/client";
import type { InfosessionSeries, Locale, Region } from "../../../src/server/generated/prisma/enums";

type SessionOptions = {
  capacity?: number;
  series?: InfosessionSeries;
  language?: Locale;
  region?: Region;
  startsAt?: Date;
  seatsTaken?: number;
};

/** An upcoming infosession (in 10 days unless told otherwise). */
export async function anInfosession(prisma: PrismaClient, options: SessionOptions = {}) {
  const startsAt = options.startsAt ?? new Date(Date.now() + 10 * 86_400_000);
  return prisma.infosession.create({
    data: {
      series: options.series ?? "SERIES_1",
      language: options.language ?? "uk",
      region: options.region ?? "FLANDERS",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      capacity: options.capacity ?? 25,
      seatsTaken: options.seatsTaken ?? 0,
      meetingUrl: `https://meet.example.test/${randomUUID()}`,
    },
  });
}

/** A valid registration input for `sessionId`; `people` attendees, a unique e-mail unless given. */
export function aRegistrationInput(
  sessionId: string,
  overrides: Partial<RegistrationInput> & { people?: number } = {},
): RegistrationInput {
  const { people = 1, ...rest } = overrides;
  const unique = randomUUID().slice(0, 8);
  return {
    sessionId,
    registrantType: "SELF",
    contact: { name: "Olena Test", email: `olena.${unique}@example.test` },
    locale: "uk",
    attendees: Array.from({ length: people }, (_, index) => ({
      firstName: `Person${index + 1}`,
      birthYear: 1980 + index,
    })),
    consent: true,
    ...rest,
  };
}
