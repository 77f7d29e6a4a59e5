import "server-only";
import type { SessionInput } from "@/domain/infosessions/session-input";
import { fromBrusselsLocal } from "@/domain/time/brussels";
import { expectedVersion } from "@/domain/versioned";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { recordAudit } from "../../audit";
import { db } from "../../db";
import { AppError } from "../../errors";
import { notifyRegistrant, registrantFields } from "../notify-registrant";
import { lockSessions, promoteWaitlist } from "../seats";

const timesOf = (input: SessionInput) => {
  const startsAt = fromBrusselsLocal(input.startsAtLocal);
  return { startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) };
};

/**
 * A new session is planned for later: one typed with last year's date would sit in no catalogue.
 * An edit may still move a session's start into the past, to record when a held session really took
 * place (attendance is marked only once it has started).
 */
function refuseStartInPast(startsAt: Date, now: Date): void {
  if (startsAt.getTime() <= now.getTime())
    throw new AppError("INVALID_INPUT", "startsInPast", { startsAtLocal: ["startsInPast"] });
}

export async function createSession(
  actor: Actor,
  input: SessionInput,
  now = new Date(),
): Promise<{ id: string }> {
  await authorize(actor, "infosessions.manage");
  refuseStartInPast(timesOf(input).startsAt, now);
  return db().$transaction(async (tx) => {
    const session = await tx.infosession.create({
      data: {
        series: input.series,
        language: input.language,
        region: input.region,
        ...timesOf(input),
        capacity: input.capacity,
        meetingUrl: input.meetingUrl,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, "CREATE", { type: "Infosession", id: session.id });
    return session;
  });
}

/**
 * Edits a session. `version` is the one the form was rendered with: a concurrent edit wins once,
 * the other gets STALE_EDIT. Capacity cannot drop below the confirmed seats; a raised capacity
 * moves the waiting list up at once (each promoted registrant is told). A new date or time is a
 * move: every active registrant is told, and `unreached` counts those no message can reach (the
 * session page lists them to phone).
 */
export async function updateSession(
  actor: Actor,
  { sessionId: id, ...edit }: { sessionId: string; version: unknown; session: SessionInput },
): Promise<{ promoted: number; unreached: number }> {
  await authorize(actor, "infosessions.manage", { type: "Infosession", id });
  const input = edit.session;
  // A malformed version cannot match the stored one: answered as the stale edit it is, not passed to the query.
  const parsedVersion = expectedVersion.safeParse(edit.version);
  if (!parsedVersion.success) throw new AppError("STALE_EDIT");
  const version = parsedVersion.data;
  return db().$transaction(async (tx) => {
    const session = (await lockSessions(tx, [id])).get(id);
    if (!session) throw new AppError("NOT_FOUND");
    if (session.status !== "SCHEDULED") throw new AppError("GONE", "sessionCancelled");
    if (input.capacity < session.seatsTaken)
      throw new AppError("INVALID_INPUT", "capacityBelowTaken", { capacity: ["capacityBelowTaken"] });
    const times = timesOf(input);
    const before = await tx.infosession.findUniqueOrThrow({
      where: { id },
      select: { startsAt: true, endsAt: true },
    });
    const moved =
      before.startsAt.getTime() !== times.startsAt.getTime() ||
      before.endsAt.getTime() !== times.endsAt.getTime();
    const now = new Date();
    const { count } = await tx.infosession.updateMany({
      where: { id, version },
      data: {
        series: input.series,
        language: input.language,
        region: input.region,
        ...times,
        capacity: input.capacity,
        meetingUrl: input.meetingUrl,
        ...(moved ? { movedAt: now } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("STALE_EDIT");
    let unreached = 0;
    if (moved) {
      const active = await tx.registration.findMany({
        where: { sessionId: id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
        select: registrantFields,
      });
      // A reminder already sent was for the old time.
      await tx.registration.updateMany({
        where: { id: { in: active.map((entry) => entry.id) } },
        data: { reminderSentAt: null },
      });
      for (const registration of active) {
        const key = `session-moved:${registration.id}:${now.getTime()}`;
        if (!(await notifyRegistrant(tx, registration, "session-moved", key))) unreached++;
      }
    }
    const promoted = await promoteWaitlist(tx, id, now);
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Infosession", id },
      { capacity: input.capacity, promoted: promoted.length, moved, unreached },
    );
    return { promoted: promoted.length, unreached };
  });
}

/**
 * Cancels a session and every active registration on it; each registrant is told in their own
 * locale, by e-mail or SMS. `unreached` counts those no message can reach: the session page lists
 * them as a call list.
 */
export async function cancelSession(
  actor: Actor,
  id: string,
): Promise<{ notified: number; unreached: number }> {
  await authorize(actor, "infosessions.manage", { type: "Infosession", id });
  return db().$transaction(async (tx) => {
    const session = (await lockSessions(tx, [id])).get(id);
    if (!session) throw new AppError("NOT_FOUND");
    if (session.status === "CANCELLED") return { notified: 0, unreached: 0 };
    const active = await tx.registration.findMany({
      where: { sessionId: id, status: { in: ["CONFIRMED", "WAITLISTED"] } },
      select: registrantFields,
    });
    const now = new Date();
    await tx.registration.updateMany({
      where: { id: { in: active.map((entry) => entry.id) } },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    await tx.infosession.update({
      where: { id },
      data: { status: "CANCELLED", cancelledAt: now, seatsTaken: 0, version: { increment: 1 } },
    });
    let notified = 0;
    for (const registration of active) {
      const channel = await notifyRegistrant(
        tx,
        registration,
        "session-cancelled",
        `session-cancelled:${registration.id}`,
      );
      if (channel) notified++;
    }
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Infosession", id },
      { cancelled: true, registrations: active.length },
    );
    return { notified, unreached: active.length - notified };
  });
}

/**
 * Attendance for a whole session in one save: who of each confirmed registration came (`present`
 * holds attendee ids). A registration counts as attended when at least one of its people came, else
 * as a no-show; figures count registrations. Only once the session has begun.
 */
export async function recordAttendance(
  actor: Actor,
  input: { sessionId: string; present: readonly string[] },
): Promise<{ attended: number; noShow: number }> {
  await authorize(actor, "infosessions.manage", { type: "Infosession", id: input.sessionId });
  return db().$transaction(async (tx) => {
    const session = await tx.infosession.findUnique({
      where: { id: input.sessionId },
      select: { startsAt: true },
    });
    if (!session) throw new AppError("NOT_FOUND");
    if (session.startsAt.getTime() > Date.now())
      throw new AppError("INVALID_INPUT", "notStarted", { present: ["notStarted"] });
    const registrations = await tx.registration.findMany({
      where: { sessionId: input.sessionId, status: { in: ["CONFIRMED", "ATTENDED", "NO_SHOW"] } },
      select: { id: true, attendees: { select: { id: true } } },
    });
    const came = new Set(input.present);
    const attendeeIds = registrations.flatMap((registration) => registration.attendees.map((a) => a.id));
    await tx.attendee.updateMany({
      where: { id: { in: attendeeIds.filter((id) => came.has(id)) } },
      data: { present: true },
    });
    await tx.attendee.updateMany({
      where: { id: { in: attendeeIds.filter((id) => !came.has(id)) } },
      data: { present: false },
    });
    const attended = registrations.filter((r) => r.attendees.some((a) => came.has(a.id))).map((r) => r.id);
    const noShow = registrations.filter((r) => !r.attendees.some((a) => came.has(a.id))).map((r) => r.id);
    await tx.registration.updateMany({ where: { id: { in: attended } }, data: { status: "ATTENDED" } });
    await tx.registration.updateMany({ where: { id: { in: noShow } }, data: { status: "NO_SHOW" } });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Infosession", id: input.sessionId },
      { attendance: { attended, noShow } },
    );
    return { attended: attended.length, noShow: noShow.length };
  });
}
