import "server-only";
import { can } from "@/domain/permissions";
import { brusselsDate } from "@/domain/time/brussels";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { intakeScope, personScope, referralScope } from "../auth/scopes";
import { db, type Tx } from "../db";

const day = 86_400_000;
/** How far ahead the overview looks for follow-ups and sessions, and how far back for referral answers. */
const followUpDaysAhead = 7;
const sessionDaysAhead = 7;
const answerDaysBack = 30;

const personName = { select: { id: true, firstName: true, lastName: true } } as const;

/**
 * The work waiting for the signed-in staff member, per role, for the staff home page: their due and
 * overdue follow-ups, their draft intakes, the referrals they suggested and still have to send, and
 * the answers to their organisation's referrals (caseworkers), new referrals (NT2 providers), sessions starting soon and waiting lists
 * (administrators). Each list is read through the same scope as its own screen, holds only what
 * the overview shows (names, dates, statuses: never notes or contact details), and the persons
 * named are written to the audit log.
 */
export async function taskListFor(actor: Actor, now = new Date()) {
  const today = new Date(`${brusselsDate(now)}T00:00:00Z`);
  const tasks = await db().$transaction(async (tx) => {
    const followUps =
      actor.role === "CASEWORKER" && can(actor.role, "followUps.manage")
        ? await tx.followUp.findMany({
            where: {
              caseworkerId: actor.userId,
              status: "PLANNED",
              dueOn: { lte: new Date(today.getTime() + followUpDaysAhead * day) },
              person: personScope(actor),
            },
            select: { id: true, dueOn: true, intakeId: true, person: personName },
            orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
            take: 50,
          })
        : [];
    const draftIntakes =
      actor.role === "CASEWORKER" && can(actor.role, "intakes.read")
        ? await tx.intake.findMany({
            where: { ...intakeScope(actor), caseworkerId: actor.userId, status: "DRAFT" },
            select: { id: true, conductedOn: true, person: personName },
            orderBy: { conductedOn: "asc" },
            take: 50,
          })
        : [];
    const referralAnswers =
      actor.role === "CASEWORKER" && can(actor.role, "referrals.read")
        ? await tx.referral.findMany({
            where: {
              ...referralScope(actor),
              status: { in: ["ACCEPTED", "DECLINED"] },
              updatedAt: { gte: new Date(now.getTime() - answerDaysBack * day) },
            },
            select: {
              id: true,
              type: true,
              status: true,
              updatedAt: true,
              person: personName,
              targetOrganisation: { select: { name: true } },
            },
            // Declined first: they need another provider.
            orderBy: [{ status: "desc" }, { updatedAt: "desc" }],
            take: 50,
          })
        : [];
    // Referrals the intake suggested without anyone to receive them: the caseworker still has to send them.
    const suggestedReferrals =
      actor.role === "CASEWORKER" && can(actor.role, "referrals.create")
        ? await tx.referral.findMany({
            where: { ...referralScope(actor), createdById: actor.userId, status: "SUGGESTED" },
            select: { id: true, type: true, createdAt: true, person: personName },
            orderBy: { createdAt: "asc" },
            take: 50,
          })
        : [];
    const newReferrals =
      actor.role === "NT2_PROVIDER" && can(actor.role, "referrals.handle")
        ? await tx.referral.findMany({
            where: { ...referralScope(actor), status: "SENT" },
            select: { id: true, type: true, createdAt: true, person: personName },
            orderBy: { createdAt: "asc" },
            take: 50,
          })
        : [];
    const sessions =
      actor.role === "ADMIN" && can(actor.role, "infosessions.manage") ? await sessionTasks(tx, now) : null;

    const personIds = [
      ...new Set(
        [...followUps, ...draftIntakes, ...referralAnswers, ...suggestedReferrals, ...newReferrals].map(
          (row) => row.person.id,
        ),
      ),
    ];
    if (personIds.length > 0)
      await recordAudit(
        tx,
        actor,
        "READ",
        { type: "Person" },
        { view: "overview", personIds, fields: ["firstName", "lastName"] },
      );
    return { followUps, draftIntakes, referralAnswers, suggestedReferrals, newReferrals, sessions };
  });
  return {
    ...tasks,
    followUps: tasks.followUps.map((followUp) => ({
      ...followUp,
      overdue: followUp.dueOn.getTime() < today.getTime(),
    })),
  };
}

/** Sessions starting within a week, and upcoming sessions with a waiting list: counts, no names. */
async function sessionTasks(tx: Tx, now: Date) {
  const fields = {
    id: true,
    series: true,
    language: true,
    region: true,
    startsAt: true,
    capacity: true,
    seatsTaken: true,
  } as const;
  const startingSoon = await tx.infosession.findMany({
    where: {
      status: "SCHEDULED",
      startsAt: { gt: now, lte: new Date(now.getTime() + sessionDaysAhead * day) },
    },
    select: fields,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 50,
  });
  const waiting = await tx.registration.groupBy({
    by: ["sessionId"],
    where: { status: "WAITLISTED", session: { status: "SCHEDULED", startsAt: { gt: now } } },
    _sum: { seats: true },
  });
  const withWaitlist = await tx.infosession.findMany({
    where: { id: { in: waiting.map((row) => row.sessionId) } },
    select: fields,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 50,
  });
  const waitingSeats = new Map(waiting.map((row) => [row.sessionId, row._sum.seats ?? 0]));
  return {
    startingSoon,
    waitingLists: withWaitlist.map((session) => ({
      ...session,
      waitingSeats: waitingSeats.get(session.id) ?? 0,
    })),
  };
}

export type TaskList = Awaited<ReturnType<typeof taskListFor>>;
