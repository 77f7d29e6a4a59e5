import { describe, expect, it } from "vitest";
import { brusselsDate } from "@/domain/time/brussels";
import { saveIntakeStep } from "@/server/cases/save-intake-step";
import { startIntake } from "@/server/cases/start-intake";
import { db } from "@/server/db";
import { getFigures } from "@/server/figures/get-figures";
import { taskListFor } from "@/server/overview/task-list";
import { changeReferralStatus } from "@/server/referrals/change-referral-status";
import { sendSuggestedReferral } from "@/server/referrals/send-suggested-referral";
import { aCaseWorld, aMunicipality, anOrganisation, auditEventsFor } from "../support/factories";

/** An intake whose referral step ticked "Onderwijs": the case issue 18 found "sent" to nobody. */
async function educationSuggestedByAnIntake() {
  const world = await aCaseWorld();
  await aMunicipality(world.nis.home);
  const { caseworker } = world.actors;
  const intake = await startIntake(caseworker, world.person.id, { conductedOn: brusselsDate(new Date()) });
  await saveIntakeStep(caseworker, {
    intakeId: intake.id,
    step: "referrals",
    version: 1,
    fields: { referrals: [{ type: "EDUCATION", note: "Secondary school for Maksym" }], consent: "on" },
  });
  const referral = await db().referral.findFirstOrThrow({ where: { intakeId: intake.id } });
  return { ...world, intake, referral };
}

const month = brusselsDate(new Date()).slice(0, 7);
const referralFigures = async (world: Awaited<ReturnType<typeof educationSuggestedByAnIntake>>) =>
  (await getFigures(world.actors.admin, { from: month, to: month, place: world.nis.home }))
    .referralsByTypeAndStatus;

describe("referrals an intake suggests without anyone to receive them", () => {
  it("are to-dos on the caseworker's list, never sent, and counted as suggested", async () => {
    const world = await educationSuggestedByAnIntake();
    expect(world.referral).toMatchObject({ status: "SUGGESTED", targetOrganisationId: null });
    const history = await db().referralStatusChange.findMany({ where: { referralId: world.referral.id } });
    expect(history.map((change) => change.toStatus)).toEqual(["SUGGESTED"]);

    const tasks = await taskListFor(world.actors.caseworker);
    expect(tasks.suggestedReferrals.map((row) => [row.id, row.type])).toEqual([
      [world.referral.id, "EDUCATION"],
    ]);
    // Nobody received it: no provider has it as a new referral.
    expect((await taskListFor(world.actors.nt2)).newReferrals).toEqual([]);

    expect(await referralFigures(world)).toEqual([
      expect.objectContaining({ type: "EDUCATION", status: "SUGGESTED", count: 1 }),
    ]);
  });

  it("become sent, tracked and counted as sent once the caseworker names who receives them", async () => {
    const world = await educationSuggestedByAnIntake();
    const school = await anOrganisation({ type: "PARTNER", name: "Onthaalklas Gent" });
    await sendSuggestedReferral(world.actors.caseworker, {
      referralId: world.referral.id,
      targetOrganisationId: school.id,
      version: world.referral.version,
    });

    const sent = await db().referral.findUniqueOrThrow({ where: { id: world.referral.id } });
    expect(sent).toMatchObject({ status: "SENT", targetOrganisationId: school.id });
    const history = await db().referralStatusChange.findMany({
      where: { referralId: sent.id },
      orderBy: { changedAt: "asc" },
    });
    expect(history.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, "SUGGESTED"],
      ["SUGGESTED", "SENT"],
    ]);
    const audit = await auditEventsFor("Referral", sent.id);
    expect(audit.at(-1)).toMatchObject({ action: "UPDATE", actorUserId: world.actors.caseworker.userId });
    expect(audit.at(-1)?.detail).toMatchObject({
      from: "SUGGESTED",
      to: "SENT",
      targetOrganisationId: school.id,
    });

    expect((await taskListFor(world.actors.caseworker)).suggestedReferrals).toEqual([]);
    expect(await referralFigures(world)).toEqual([
      expect.objectContaining({ type: "EDUCATION", status: "SENT", count: 1 }),
    ]);
  });

  it("are not sent to nobody, to the sender itself, by another organisation, or twice", async () => {
    const world = await educationSuggestedByAnIntake();
    const { caseworker, otherCaseworker } = world.actors;
    const send = (actor: typeof caseworker, targetOrganisationId: string, version = world.referral.version) =>
      sendSuggestedReferral(actor, { referralId: world.referral.id, targetOrganisationId, version });

    await expect(send(caseworker, "")).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { targetOrganisationId: ["required"] },
    });
    await expect(send(caseworker, world.organisations.ghentOcmw.id)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { targetOrganisationId: ["invalid"] },
    });
    await expect(send(otherCaseworker, world.organisations.cvo.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // A plain status move cannot make it "sent" without an organisation either.
    await expect(
      changeReferralStatus(caseworker, {
        referralId: world.referral.id,
        to: "SENT" as never,
        version: world.referral.version,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    await send(caseworker, world.organisations.cvo.id);
    await expect(send(caseworker, world.organisations.leuvenOcmw.id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const referral = await db().referral.findUniqueOrThrow({ where: { id: world.referral.id } });
    expect(referral.targetOrganisationId).toBe(world.organisations.cvo.id);
  });

  it("can be dropped by the caseworker when no longer needed", async () => {
    const world = await educationSuggestedByAnIntake();
    await changeReferralStatus(world.actors.caseworker, {
      referralId: world.referral.id,
      to: "CANCELLED",
      version: world.referral.version,
    });
    expect((await taskListFor(world.actors.caseworker)).suggestedReferrals).toEqual([]);
    expect(await referralFigures(world)).toEqual([
      expect.objectContaining({ type: "EDUCATION", status: "CANCELLED", count: 1 }),
    ]);
  });
});
