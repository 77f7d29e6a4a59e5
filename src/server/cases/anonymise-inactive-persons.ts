import "server-only";
import { monthsBefore } from "@/domain/time/months-before";
import { env } from "@/env";
import { recordAudit } from "../audit";
import { db } from "../db";
import { forgetFreeTexts } from "./forget-free-texts";

/** The moment before which a person's last activity makes them due for anonymisation. */
export function retentionCutoff(now: Date, months = env().RETENTION_MONTHS): Date {
  return monthsBefore(now, months);
}

/**
 * Anonymises persons with no activity since the retention cut-off, in batches. What stays is what
 * figures count: the row (with municipality and housing situation, the birth date reduced to its
 * year and the other dates to their month), intake topics without notes, referral types and
 * statuses. Names, contact details, nationality, every free text written about them (notes, reasons,
 * interpreter purposes, queued mail) and household links go. Rows are claimed with SKIP LOCKED, so several instances may run this.
 */
export async function anonymiseInactivePersons(now = new Date(), batchSize = 500): Promise<number> {
  const cutoff = retentionCutoff(now);
  let total = 0;
  for (;;) {
    const count = await db().$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Person"
        WHERE "anonymisedAt" IS NULL AND "lastActivityAt" < ${cutoff}
        ORDER BY "lastActivityAt" LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED`;
      const ids = due.map((row) => row.id);
      if (ids.length === 0) return 0;
      await tx.$executeRaw`
        UPDATE "Person" SET
          "firstName" = '—', "lastName" = '—', "firstNameCyrillic" = NULL, "lastNameCyrillic" = NULL, "searchName" = '',
          "birthDate" = date_trunc('year', "birthDate")::date, email = NULL, phone = NULL, languages = '{}', nationality = NULL,
          "arrivalDate" = date_trunc('month', "arrivalDate")::date, "tpCertificateDate" = date_trunc('month', "tpCertificateDate")::date,
          "nationalRegisterDate" = date_trunc('month', "nationalRegisterDate")::date,
          "householdId" = NULL, "relationToHead" = NULL, "anonymisedAt" = ${now}, version = version + 1, "updatedAt" = ${now}
        WHERE id = ANY(${ids}::uuid[])`;
      await tx.$executeRaw`
        UPDATE "Intake" SET "householdId" = NULL, "conductedOn" = date_trunc('month', "conductedOn")::date WHERE "personId" = ANY(${ids}::uuid[])`;
      await tx.$executeRaw`UPDATE "FollowUp" SET "dueOn" = date_trunc('month', "dueOn")::date WHERE "personId" = ANY(${ids}::uuid[])`;
      await forgetFreeTexts(tx, ids);
      await tx.intakeNeed.updateMany({ where: { intake: { personId: { in: ids } } }, data: { note: null } });
      await tx.intakeInformation.updateMany({
        where: { intake: { personId: { in: ids } } },
        data: { note: null },
      });
      await tx.followUp.updateMany({
        where: { personId: { in: ids } },
        data: { note: null, purpose: null, outcome: null },
      });
      await tx.followUp.updateMany({
        where: { personId: { in: ids }, status: "PLANNED" },
        data: { status: "CANCELLED" },
      });
      await tx.referral.updateMany({
        where: { personId: { in: ids } },
        data: { note: null, declineReason: null, consentOverrideReason: null },
      });
      await tx.attendee.deleteMany({ where: { registration: { personId: { in: ids } } } });
      // contactKey is the normalised e-mail or phone: it goes with them.
      await tx.$executeRaw`
        UPDATE "Registration" SET "contactName" = '—', "contactEmail" = NULL, "contactPhone" = '—', "contactKey" = 'erased:' || id::text
        WHERE "personId" = ANY(${ids}::uuid[])`;
      await recordAudit(
        tx,
        null,
        "ANONYMISE",
        { type: "Person" },
        { personIds: ids, count: ids.length, cutoff: cutoff.toISOString() },
      );
      return ids.length;
    });
    total += count;
    if (count < batchSize) return total;
  }
}
