import "server-only";
import type { Tx } from "../db";

/**
 * Free texts about persons that live outside their own rows, shared by anonymisation and erasure:
 * reasons given when a referral changed status, interpreter requests (purpose, place and decline reason,
 * unlinked) and queued or sent mail about their referrals and registrations (a decline reason, their
 * address). Call it before the person's referrals and registrations are deleted or unlinked.
 */
export async function forgetFreeTexts(tx: Tx, personIds: string[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE "ReferralStatusChange" SET reason = NULL
    WHERE "referralId" IN (SELECT id FROM "Referral" WHERE "personId" = ANY(${personIds}::uuid[]))`;
  await tx.$executeRaw`
    UPDATE "InterpreterRequest" SET purpose = '—', location = NULL, "declineReason" = NULL, "personId" = NULL
    WHERE "personId" = ANY(${personIds}::uuid[])`;
  await tx.$executeRaw`
    DELETE FROM "OutboxMessage"
    WHERE payload->>'referralId' IN (SELECT id::text FROM "Referral" WHERE "personId" = ANY(${personIds}::uuid[]))
       OR payload->>'registrationId' IN (SELECT id::text FROM "Registration" WHERE "personId" = ANY(${personIds}::uuid[]))`;
}
