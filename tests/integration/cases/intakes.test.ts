import { describe, expect, it } from "vitest";
import { completeFollowUp } from "@/server/cases/complete-follow-up";
import { completeIntake } from "@/server/cases/complete-intake";
import { getIntake } from "@/server/cases/get-intake";
import { listMyFollowUps } from "@/server/cases/list-my-follow-ups";
import { reopenIntakeStep } from "@/server/cases/reopen-intake-step";
import { saveIntakeStep as saveIntakeStepAt } from "@/server/cases/save-intake-step";
import { startIntake } from "@/server/cases/start-intake";
import { AppError } from "@/server/errors";
import { db } from "@/server/db";
import { aCaseWorld, anActor, aPerson, auditEventsFor } from "../../support/factories";

/** Saves a step as a form opened just now would: at the intake's current version. */
type StepArguments = Parameters<typeof saveIntakeStepAt>;
async function saveIntakeStep(
  actor: StepArguments[0],
  intakeId: string,
  step: StepArguments[1]["step"],
  fields: unknown,
) {
  const { version } = await db().intake.findUniqueOrThrow({
    where: { id: intakeId },
    select: { version: true },
  });
  return saveIntakeStepAt(actor, { intakeId, step, version, fields });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe("the intake, step by step", () => {
  it("gives a person's open draft back instead of starting a second intake", async () => {
    const { actors, person } = await aCaseWorld();
    const first = await startIntake(actors.caseworker, person.id, { conductedOn: "2026-03-02" });
    expect(first.resumed).toBe(false);
    const again = await startIntake(actors.caseworker, person.id, { conductedOn: "2026-03-09" });
    expect(again).toEqual({ id: first.id, resumed: true });
    expect(await db().intake.count({ where: { personId: person.id } })).toBe(1);
  });

  it("saves each step as a draft, so a half-filled intake loses nothing", async () => {
    const { actors, person } = await aCaseWorld();
    const intake = await startIntake(actors.caseworker, person.id, { conductedOn: "2026-03-02" });
    await saveIntakeStep(actors.caseworker, intake.id, "needs", {
      needs: [
        { topic: "DUTCH_LESSONS", note: "Evenings only" },
        { topic: "SCHOOLING_OF_MINORS", note: "" },
      ],
    });
    const draft = await getIntake(actors.caseworker, intake.id);
    expect(draft.status).toBe("DRAFT");
    expect(draft.needs).toEqual(
      expect.arrayContaining([
        { topic: "DUTCH_LESSONS", note: "Evenings only" },
        { topic: "SCHOOLING_OF_MINORS", note: null },
      ]),
    );

    await saveIntakeStep(actors.caseworker, intake.id, "information", {
      information: [{ topic: "WORK", note: "VDAB explained" }],
    });
    await saveIntakeStep(actors.caseworker, intake.id, "referrals", {
      referrals: [{ type: "HEALTH", note: "GP" }, { type: "HOUSING" }],
      consent: "on",
    });
    await saveIntakeStep(actors.caseworker, intake.id, "follow-up", { followUpOn: "2026-04-01" });
    await completeIntake(actors.caseworker, intake.id);

    const done = await getIntake(actors.caseworker, intake.id);
    expect(done.status).toBe("COMPLETED");
    expect(done.information).toEqual([{ topic: "WORK", note: "VDAB explained" }]);
    expect(done.referrals.map((referral) => referral.type).sort()).toEqual(["HEALTH", "HOUSING"]);
    expect(done.followUps[0]?.dueOn.toISOString().slice(0, 10)).toBe("2026-04-01");
    const changes = await db().referralStatusChange.findMany({
      where: { referral: { intakeId: intake.id } },
    });
    expect(changes.map((change) => change.toStatus)).toEqual(["SUGGESTED", "SUGGESTED"]);
  });

  it("saving the referral step again adds referrals but never duplicates or deletes one", async () => {
    const { actors, person } = await aCaseWorld();
    const intake = await startIntake(actors.caseworker, person.id, { conductedOn: "2026-03-02" });
    await saveIntakeStep(actors.caseworker, intake.id, "referrals", {
      referrals: [{ type: "WORK" }],
      consent: "on",
    });
    await saveIntakeStep(actors.caseworker, intake.id, "referrals", {
      referrals: [{ type: "WORK", note: "changed" }, { type: "EDUCATION" }],
      consent: "on",
    });
    const referrals = await db().referral.findMany({
      where: { intakeId: intake.id },
      orderBy: { type: "asc" },
    });
    expect(referrals.map((referral) => [referral.type, referral.note])).toEqual([
      ["EDUCATION", null],
      ["WORK", "changed"],
    ]);
  });

  it("refuses a save from a step opened before a colleague saved, and keeps the colleague's answers", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const colleague = await anActor("CASEWORKER", organisations.ghentOcmw);
    const intake = await startIntake(actors.caseworker, person.id, { conductedOn: "2026-03-02" });
    const openedAt = 1;

    expect(
      await saveIntakeStepAt(colleague, {
        intakeId: intake.id,
        step: "needs",
        version: openedAt,
        fields: { needs: [{ topic: "HOUSING", note: "Colleague's note" }] },
      }),
    ).toEqual({ version: 2, reopened: false });
    const mine = saveIntakeStepAt(actors.caseworker, {
      intakeId: intake.id,
      step: "needs",
      version: openedAt,
      fields: { needs: [{ topic: "WORK" }] },
    });
    await expect(mine).rejects.toMatchObject({ code: "STALE_EDIT" });
    await expect(
      saveIntakeStepAt(actors.caseworker, {
        intakeId: intake.id,
        step: "needs",
        version: undefined,
        fields: { needs: [] },
      }),
    ).rejects.toMatchObject({ code: "STALE_EDIT" });
    await expect(
      saveIntakeStepAt(actors.caseworker, {
        intakeId: intake.id,
        step: "needs",
        version: "not a number",
        fields: { needs: [] },
      }),
    ).rejects.toMatchObject({ code: "STALE_EDIT" });
    expect((await getIntake(actors.caseworker, intake.id)).needs).toEqual([
      { topic: "HOUSING", note: "Colleague's note" },
    ]);

    // Two saves at once from forms opened at the same version: exactly one wins.
    const outcomes = await Promise.all(
      [actors.caseworker, colleague].map((actor) =>
        codeOf(
          saveIntakeStepAt(actor, {
            intakeId: intake.id,
            step: "information",
            version: 2,
            fields: { information: [{ topic: "WORK" }] },
          }),
        ),
      ),
    );
    expect(outcomes.sort()).toEqual(["OK", "STALE_EDIT"]);
  });

  it("refuses referrals without the person's consent, and unknown topics", async () => {
    const { actors, person } = await aCaseWorld();
    const intake = await startIntake(actors.caseworker, person.id, { conductedOn: "2026-03-02" });
    const noConsent = saveIntakeStep(actors.caseworker, intake.id, "referrals", {
      referrals: [{ type: "WORK" }],
    });
    await expect(noConsent).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { consent: ["consentRequired"] },
    });
    await expect(
      saveIntakeStep(actors.caseworker, intake.id, "needs", { needs: [{ topic: "LOTTERY" }] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(startIntake(actors.caseworker, person.id, { conductedOn: "" })).rejects.toMatchObject({
      fields: { conductedOn: ["required"] },
    });
  });

  it("keeps a completed intake read-only but the one step reopened with 'change', audited", async () => {
    const { actors, person } = await aCaseWorld();
    const { caseworker } = actors;
    const intake = await startIntake(caseworker, person.id, { conductedOn: "2026-03-02" });
    await saveIntakeStep(caseworker, intake.id, "needs", { needs: [{ topic: "WORK", note: "Welder" }] });
    const versionOf = async () => (await db().intake.findUniqueOrThrow({ where: { id: intake.id } })).version;
    expect(
      await codeOf(
        reopenIntakeStep(caseworker, { intakeId: intake.id, step: "needs", version: await versionOf() }),
      ),
    ).toBe("CONFLICT");
    await completeIntake(caseworker, intake.id);
    expect(await codeOf(saveIntakeStep(caseworker, intake.id, "needs", { needs: [] }))).toBe("CONFLICT");

    expect(
      await codeOf(
        reopenIntakeStep(actors.otherCaseworker, {
          intakeId: intake.id,
          step: "needs",
          version: await versionOf(),
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(reopenIntakeStep(caseworker, { intakeId: intake.id, step: "needs", version: 1 })),
    ).toBe("STALE_EDIT");
    await reopenIntakeStep(caseworker, { intakeId: intake.id, step: "needs", version: await versionOf() });
    const reopened = (await auditEventsFor("Intake", intake.id)).at(-1);
    expect(reopened).toMatchObject({ action: "UPDATE", actorUserId: caseworker.userId });
    expect(reopened?.detail).toMatchObject({ step: "needs", fields: ["reopenedStep"] });

    // Only the reopened step saves; saving it closes it again and the intake stays completed.
    expect(await codeOf(saveIntakeStep(caseworker, intake.id, "information", { information: [] }))).toBe(
      "CONFLICT",
    );
    const saved = await saveIntakeStep(caseworker, intake.id, "needs", {
      needs: [{ topic: "WORK", note: "Welder, certificate recognised" }],
    });
    expect(saved.reopened).toBe(true);
    const after = await getIntake(caseworker, intake.id);
    expect(after).toMatchObject({ status: "COMPLETED", reopenedStep: null });
    expect(after.needs).toEqual([{ topic: "WORK", note: "Welder, certificate recognised" }]);
    expect(await codeOf(saveIntakeStep(caseworker, intake.id, "needs", { needs: [] }))).toBe("CONFLICT");
  });

  it("only the person's organisation (and administrators) can open or change its intakes", async () => {
    const { actors, person } = await aCaseWorld();
    const intake = await startIntake(actors.caseworker, person.id, { conductedOn: "2026-03-02" });
    expect(await codeOf(getIntake(actors.admin, intake.id))).toBe("OK");
    expect(await codeOf(getIntake(actors.otherCaseworker, intake.id))).toBe("NOT_FOUND");
    expect(await codeOf(getIntake(actors.officer, intake.id))).toBe("FORBIDDEN");
    expect(await codeOf(getIntake(actors.nt2, intake.id))).toBe("FORBIDDEN");
    expect(await codeOf(saveIntakeStep(actors.otherCaseworker, intake.id, "needs", { needs: [] }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(startIntake(actors.otherCaseworker, person.id, { conductedOn: "2026-03-02" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(startIntake(actors.officer, person.id, { conductedOn: "2026-03-02" }))).toBe(
      "FORBIDDEN",
    );
    const denied = (await auditEventsFor("Intake", intake.id)).filter((event) => event.action === "DENIED");
    expect(denied.length).toBeGreaterThanOrEqual(3);
  });

  it("a follow-up can be given to a colleague, not to someone of another organisation", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const colleague = await anActor("CASEWORKER", organisations.ghentOcmw);
    const intake = await startIntake(actors.caseworker, person.id, { conductedOn: "2026-03-02" });
    await saveIntakeStep(actors.caseworker, intake.id, "follow-up", {
      followUpOn: "2026-04-01",
      followUpCaseworkerId: colleague.userId,
    });
    expect((await listMyFollowUps(colleague)).map((row) => row.intakeId)).toEqual([intake.id]);
    const outsider = saveIntakeStep(actors.caseworker, intake.id, "follow-up", {
      followUpOn: "2026-04-01",
      followUpCaseworkerId: actors.otherCaseworker.userId,
    });
    await expect(outsider).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("my follow-ups", () => {
  it("lists my planned follow-ups, overdue first, without notes", async () => {
    const { actors, person, organisations } = await aCaseWorld();
    const second = await aPerson(organisations.ghentOcmw.id, { firstName: "Iryna", lastName: "Bondar" });
    const due = async (personId: string, dueOn: string) =>
      db().followUp.create({
        data: {
          personId,
          caseworkerId: actors.caseworker.userId,
          dueOn: new Date(`${dueOn}T00:00:00Z`),
          note: "secret",
        },
      });
    const later = await due(person.id, "2030-01-01");
    const overdue = await due(second.id, "2020-01-01");
    await db().followUp.create({
      data: {
        personId: person.id,
        caseworkerId: actors.otherCaseworker.userId,
        dueOn: new Date("2020-01-01T00:00:00Z"),
      },
    });

    const mine = await listMyFollowUps(actors.caseworker);
    expect(mine.map((row) => row.id)).toEqual([overdue.id, later.id]);
    expect(JSON.stringify(mine)).not.toContain("secret");

    await completeFollowUp(actors.caseworker, { followUpId: overdue.id });
    expect((await listMyFollowUps(actors.caseworker)).map((row) => row.id)).toEqual([later.id]);
    expect(await codeOf(completeFollowUp(actors.otherCaseworker, { followUpId: later.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(listMyFollowUps(actors.officer))).toBe("FORBIDDEN");
  });
});
