import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { hashManageToken, isManageTokenShape } from "./manage-token";
import { waitlistPositionOf } from "./waitlist-position";

/**
 * What the manage page shows to whoever holds the link: the registration, its attendees' first
 * names, and the meeting link only while the registration is confirmed.
 */
export async function viewRegistrationByToken(token: string) {
  if (!isManageTokenShape(token)) throw new AppError("NOT_FOUND");
  const registration = await db().registration.findUnique({
    where: { manageTokenHash: hashManageToken(token) },
    select: {
      id: true,
      status: true,
      seats: true,
      locale: true,
      contactName: true,
      attendees: { select: { firstName: true }, orderBy: { id: "asc" } },
      session: {
        select: {
          id: true,
          series: true,
          language: true,
          region: true,
          startsAt: true,
          endsAt: true,
          status: true,
          meetingUrl: true,
        },
      },
    },
  });
  if (!registration) throw new AppError("NOT_FOUND");
  const { meetingUrl, ...session } = registration.session;
  const confirmed = registration.status === "CONFIRMED" && session.status === "SCHEDULED";
  return {
    ...registration,
    session,
    meetingUrl: confirmed ? meetingUrl : null,
    /** Still possible to cancel or move: active, and the session is ahead and not cancelled. */
    changeable:
      (registration.status === "CONFIRMED" || registration.status === "WAITLISTED") &&
      session.status === "SCHEDULED" &&
      session.startsAt.getTime() > Date.now(),
    waitlistPosition:
      registration.status === "WAITLISTED" ? await waitlistPositionOf(db(), registration.id) : undefined,
  };
}

export type RegistrationView = Awaited<ReturnType<typeof viewRegistrationByToken>>;
