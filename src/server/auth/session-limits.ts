import "server-only";
import { env } from "@/env";
import { db } from "../db";
import { auth } from "./auth";

/** A write at most this often per session: enough to measure idleness in minutes. */
const touchEveryMs = 60_000;

type SessionTimes = { id: string; createdAt: Date; updatedAt: Date };

/**
 * better-auth's own expiry slides (and is a day for a session cookie), so the portal adds two limits
 * of its own: a session ends SESSION_MAX_HOURS after sign-in whatever happens, and after
 * SESSION_IDLE_MINUTES without a request. An ended session is deleted, so its cookie is worth nothing.
 * `updatedAt` records the last request (written at most once a minute).
 */
export async function isSessionWithinLimits(session: SessionTimes, now = new Date()): Promise<boolean> {
  const { SESSION_MAX_HOURS, SESSION_IDLE_MINUTES } = env();
  const tooOld = now.getTime() - session.createdAt.getTime() > SESSION_MAX_HOURS * 3_600_000;
  const idle = now.getTime() - session.updatedAt.getTime() > SESSION_IDLE_MINUTES * 60_000;
  if (tooOld || idle) {
    await db().session.deleteMany({ where: { id: session.id } });
    return false;
  }
  if (now.getTime() - session.updatedAt.getTime() > touchEveryMs) {
    await db().session.updateMany({ where: { id: session.id }, data: { updatedAt: now } });
  }
  return true;
}

/** The signed-in user's id for these request headers, or null (no session, or one past its limits). */
export async function activeSessionUserId(headers: Headers, now = new Date()): Promise<string | null> {
  const found = await auth().api.getSession({ headers });
  if (!found) return null;
  return (await isSessionWithinLimits(found.session, now)) ? found.user.id : null;
}
