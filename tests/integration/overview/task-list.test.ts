import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { taskListFor } from "@/server/overview/task-list";
import { aCaseWorld, anIntake, anInfosession, auditEventsFor } from "../../support/factories";

const daysFromNow = (days: number) =>
  new Date(`${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T00:00:00Z`);

describe("the staff overview's task list", () => {
  it("gives a caseworker their overdue follow-up, draft intake and declined referral, and no one else's", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const intake = await anIntake(person, actors.caseworker);
    await db().followUp.createMany({
      data: [
        {
          personId: person.id,
          intakeId: intake.id,
          caseworkerId: actors.caseworker.userId,
          dueOn: daysFromNow(-3),
        },
        // A month ahead is not this week's work.
        { personId: person.id, caseworkerId: actors.caseworker.userId, dueOn: daysFromNow(30) },
      ],
    });
    const referral = await db().referral.create({
      data: {
        personId: person.id,
        type: "NT2",
        fromOrganisationId: organisations.ghentOcmw.id,
        targetOrganisationId: organisations.cvo.id,
        createdById: actors.caseworker.userId,
        status: "DECLINED",
        declineReason: "No evening group",
        note: "Private note",
      },
    });
    const sent = await db().referral.create({
      data: {
        personId: person.id,
        type: "NT2",
        fromOrganisationId: organisations.ghentOcmw.id,
        targetOrganisationId: organisations.cvo.id,
        createdById: actors.caseworker.userId,
      },
    });

    const tasks = await taskListFor(actors.caseworker);
    expect(tasks.followUps).toHaveLength(1);
    expect(tasks.followUps[0]).toMatchObject({ overdue: true, intakeId: intake.id });
    expect(tasks.draftIntakes.map((row) => row.id)).toEqual([intake.id]);
    expect(tasks.referralAnswers).toEqual([
      expect.objectContaining({
        id: referral.id,
        status: "DECLINED",
        targetOrganisation: { name: organisations.cvo.name },
      }),
    ]);
    // Only what the overview shows: no notes, no reasons, no contact details.
    expect(Object.keys(tasks.referralAnswers[0]!).sort()).toEqual(
      ["id", "person", "status", "targetOrganisation", "type", "updatedAt"].sort(),
    );
    expect(Object.keys(tasks.followUps[0]!.person).sort()).toEqual(["firstName", "id", "lastName"]);
    expect(tasks.sessions).toBeNull();

    const reads = await auditEventsFor("Person");
    expect(reads.at(-1)).toMatchObject({
      action: "READ",
      detail: expect.objectContaining({ view: "overview", personIds: [person.id] }),
    });

    // The provider sees the one still waiting for an answer; another organisation's caseworker nothing.
    const providerTasks = await taskListFor(actors.nt2);
    expect(providerTasks.newReferrals.map((row) => row.id)).toEqual([sent.id]);
    expect(providerTasks.followUps).toEqual([]);
    const other = await taskListFor(actors.otherCaseworker);
    expect([other.followUps, other.draftIntakes, other.referralAnswers, other.newReferrals]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it("gives an administrator the sessions starting this week and the waiting lists, without names", async () => {
    const { actors } = await aCaseWorld();
    const soon = await anInfosession({ startsAt: new Date(Date.now() + 2 * 86_400_000) });
    const later = await anInfosession({ startsAt: new Date(Date.now() + 20 * 86_400_000), capacity: 1 });
    await db().registration.create({
      data: {
        sessionId: later.id,
        status: "WAITLISTED",
        seats: 2,
        registrantType: "SELF",
        contactName: "Olena Test",
        contactEmail: `olena.${later.id}@example.test`,
        contactKey: `email:olena.${later.id}@example.test`,
        locale: "uk",
        manageTokenHash: `hash-${later.id}`,
        consentAt: new Date(),
      },
    });
    const tasks = await taskListFor(actors.admin);
    expect(tasks.sessions!.startingSoon.map((session) => session.id)).toContain(soon.id);
    expect(tasks.sessions!.startingSoon.map((session) => session.id)).not.toContain(later.id);
    expect(tasks.sessions!.waitingLists.find((session) => session.id === later.id)).toMatchObject({
      waitingSeats: 2,
    });
    expect(JSON.stringify(tasks.sessions)).not.toContain("Olena");
  });
});
