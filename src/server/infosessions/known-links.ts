import "server-only";
import { db } from "../db";
import { isSessionIdShape, upcomingSessionWhere } from "./catalogue";
import { hashManageToken, isManageTokenShape } from "./manage-token";

// The proxy asks these before a registration or manage page renders, with the very conditions under
// which the page itself would call notFound(), so that a miss gets the not-found page in the
// server's HTML (src/proxy.ts). One indexed lookup each.

export async function isRegistrationPage(sessionId: string, now = new Date()): Promise<boolean> {
  if (!isSessionIdShape(sessionId)) return false;
  return (await db().infosession.count({ where: upcomingSessionWhere(sessionId, now) })) > 0;
}

export async function isManageLink(token: string): Promise<boolean> {
  if (!isManageTokenShape(token)) return false;
  return (await db().registration.count({ where: { manageTokenHash: hashManageToken(token) } })) > 0;
}
