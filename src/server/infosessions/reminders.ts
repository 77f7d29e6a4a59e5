import "server-only";
import { env } from "@/env";
import { db } from "../db";
import { notifyRegistrant } from "./notify-registrant";

/**
 * Queues the reminder for confirmed registrations whose session starts within REMINDER_HOURS_BEFORE
 * hours. Marking reminderSentAt and queueing the mail happen in one transaction, claimed with
 * SKIP LOCKED, so two instances never remind the same registration twice.
 */
export async function queueDueReminders(now: Date = new Date(), batch = 100): Promise<number> {
  const horizon = new Date(now.getTime() + env().REMINDER_HOURS_BEFORE * 3_600_000);
  return db().$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<
        {
          id: string;
          contactEmail: string | null;
          contactPhone: string | null;
          locale: "nl" | "uk" | "en" | "ru";
        }[]
      >`
      SELECT r."id", r."contactEmail", r."contactPhone", r."locale" FROM "Registration" r
      JOIN "Infosession" s ON s."id" = r."sessionId"
      WHERE r."status" = 'CONFIRMED' AND r."reminderSentAt" IS NULL AND (r."contactEmail" IS NOT NULL OR r."contactPhone" IS NOT NULL)
        AND s."status" = 'SCHEDULED' AND s."startsAt" > ${now} AND s."startsAt" <= ${horizon}
      ORDER BY s."startsAt" LIMIT ${batch}
      FOR UPDATE OF r SKIP LOCKED`;
      for (const registration of due) {
        await tx.registration.update({ where: { id: registration.id }, data: { reminderSentAt: now } });
        // By e-mail, else by SMS; the staff member who booked is not copied on reminders.
        await notifyRegistrant(
          tx,
          registration,
          "session-reminder",
          `reminder:${registration.id}:${now.getTime()}`,
        );
      }
      return due.length;
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
}
