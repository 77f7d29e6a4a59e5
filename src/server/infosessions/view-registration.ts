import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { smsNumberOf } from "@/domain/sms/phone-number";
import { smsConfigured } from "../sms/transport";
import { hashManageToken, isManageTokenShape, shortCodeFor } from "./manage-token";
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
      contactEmail: true,
      contactPhone: true,
      attendees: { select: { id: true, firstName: true }, orderBy: { id: "asc" } },
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
  const { contactEmail, contactPhone, ...shown } = registration;
  // How messages reach this registrant (notify-registrant.ts): the page says so, and never more.
  const channel = contactEmail
    ? ("MAIL" as const)
    : contactPhone && smsNumberOf(contactPhone) && smsConfigured()
      ? ("SMS" as const)
      : ("NONE" as const);
  const confirmed = registration.status === "CONFIRMED" && session.status === "SCHEDULED";
  return {
    ...shown,
    session,
    channel,
    shortCode: shortCodeFor(registration.id),
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
