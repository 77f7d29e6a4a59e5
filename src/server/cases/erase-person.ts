import "server-only";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { denyAsNotFound } from "../auth/deny";
import { forgetFreeTexts } from "./forget-free-texts";

/**
 * Erases a person on their request: the record and, by cascade, their intakes, follow-ups and
 * referrals. Infosession registrations they made keep their seat count but lose the link and the
 * contact details; interpreter requests stay for the planning, without purpose. The audit log keeps ids and counts only, so it stays (it holds no personal values).
 */
export async function erasePerson(actor: Actor, personId: string): Promise<void> {
  await authorize(actor, "persons.erase", { type: "Person", id: personId });
  await db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: personId },
      select: {
        id: true,
        householdId: true,
        _count: { select: { intakes: true, followUps: true, referrals: true, registrations: true } },
      },
    });
    if (!person) return denyAsNotFound(actor, { type: "Person", id: personId }, { action: "erase" });
    await forgetFreeTexts(tx, [personId]);
    await tx.attendee.deleteMany({ where: { registration: { personId } } });
    await tx.registration.updateMany({
      where: { personId },
      data: {
        personId: null,
        contactName: "—",
        contactEmail: null,
        contactPhone: "—",
        contactKey: `erased:${personId}`,
      },
    });
    await tx.person.delete({ where: { id: personId } });
    if (person.householdId)
      await tx.household.deleteMany({ where: { id: person.householdId, members: { none: {} } } });
    await recordAudit(tx, actor, "ERASE", { type: "Person", id: personId }, { ...person._count });
  });
}
