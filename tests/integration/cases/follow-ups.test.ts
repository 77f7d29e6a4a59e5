import { describe, expect, it } from "vitest";
import { brusselsDate } from "@/domain/time/brussels";
import { completeFollowUp } from "@/server/cases/complete-follow-up";
import { getPlannedFollowUp } from "@/server/cases/get-follow-up";
import { planFollowUp } from "@/server/cases/plan-follow-up";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { aCaseWorld, auditEventsFor } from "../../support/factories";

const inDays = (days: number) => brusselsDate(new Date(Date.now() + days * 86_400_000));

async function failureOf(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, fields: error.fields };
  }
}

describe("follow-up conversations planned from the person's page", () => {
  it("stores the date, time, purpose and interpreter need, assigned to the planner, and audits it", async () => {
    const { actors, person } = await aCaseWorld();
    const { id } = await planFollowUp(actors.caseworker, {
      personId: person.id,
      dueOn: inDays(5),
      dueTime: "10:15",
      purpose: "Check the school enrolment",
      interpreterNeeded: "on",
    });
    const stored = await db().followUp.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({
      personId: person.id,
      caseworkerId: actors.caseworker.userId,
      intakeId: null,
      dueTime: "10:15",
      purpose: "Check the school enrolment",
      interpreterNeeded: true,
      status: "PLANNED",
    });
    expect(stored.dueOn.toISOString().slice(0, 10)).toBe(inDays(5));
    const [event] = await auditEventsFor("FollowUp", id);
    expect(event).toMatchObject({ action: "CREATE", actorUserId: actors.caseworker.userId });
  });

  it("asks before a date in the past and plans it once confirmed", async () => {
    const { actors, person } = await aCaseWorld();
    const refused = await failureOf(
      planFollowUp(actors.caseworker, { personId: person.id, dueOn: inDays(-2) }),
    );
    expect(refused).toEqual({ code: "INVALID_INPUT", fields: { dueOn: ["dateInPast"] } });
    const planned = await planFollowUp(actors.caseworker, {
      personId: person.id,
      dueOn: inDays(-2),
      pastDateConfirmed: true,
    });
    expect(planned.id).toBeTruthy();
  });

  it("is refused, and audited, for a person of another organisation or a municipality officer", async () => {
    const { actors, person } = await aCaseWorld();
    const input = { personId: person.id, dueOn: inDays(3) };
    expect((await failureOf(planFollowUp(actors.otherCaseworker, input)))?.code).toBe("NOT_FOUND");
    expect((await failureOf(planFollowUp(actors.officer, input)))?.code).toBe("FORBIDDEN");
    const denied = await db().auditEvent.findMany({
      where: {
        action: "DENIED",
        entityType: "Person",
        entityId: person.id,
        actorUserId: actors.otherCaseworker.userId,
      },
    });
    expect(denied).toHaveLength(1);
    expect(await db().followUp.count({ where: { personId: person.id } })).toBe(0);
  });

  it("marks a conversation as held with its outcome; only the assigned caseworker sees it to complete", async () => {
    const { actors, person } = await aCaseWorld();
    const { id } = await planFollowUp(actors.caseworker, {
      personId: person.id,
      dueOn: inDays(1),
      purpose: "School",
    });
    expect(await getPlannedFollowUp(actors.caseworker, id)).toMatchObject({
      purpose: "School",
      dueTime: null,
    });
    expect((await failureOf(getPlannedFollowUp(actors.otherCaseworker, id)))?.code).toBe("NOT_FOUND");

    const done = await completeFollowUp(actors.caseworker, { followUpId: id, outcome: " Found a school " });
    expect(done).toEqual({ personId: person.id });
    expect(await db().followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DONE",
      outcome: "Found a school",
    });
    // Held once: a second completion finds nothing to complete.
    expect((await failureOf(completeFollowUp(actors.caseworker, { followUpId: id })))?.code).toBe(
      "NOT_FOUND",
    );
  });
});
