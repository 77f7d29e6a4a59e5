import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { changeReferralStatus } from "@/server/referrals/change-referral-status";
import { createNt2Referral } from "@/server/referrals/create-nt2-referral";
import { getReferral } from "@/server/referrals/get-referral";
import { listReferrals } from "@/server/referrals/list-referrals";
import { nt2ReferralForm } from "@/server/referrals/nt2-referral-form";
import { providersServing } from "@/domain/nt2/suggest-offer";
import { personReferralTimeline } from "@/server/referrals/person-referral-timeline";
import {
  anActor,
  anIntake,
  anOrganisation,
  aPerson,
  nt2Profile,
  withContactDetails,
} from "../support/factories";

let caseworker: Actor;
let otherCaseworker: Actor;
let provider: Actor;
let otherProvider: Actor;
let officer: Actor;
let admin: Actor;
let providerOrgId: string;
let otherProviderOrgId: string;
let personId: string;
let intakeId: string;

beforeAll(async () => {
  const ocmw = await anOrganisation({ type: "OCMW", municipalityNis: "44021" });
  const otherOcmw = await anOrganisation({ type: "OCMW", municipalityNis: "11002" });
  const cvo = await anOrganisation({ type: "NT2_PROVIDER", region: "FLANDERS", name: "CVO Test" });
  const otherCvo = await anOrganisation({ type: "NT2_PROVIDER", region: "BRUSSELS", name: "HvN Test" });
  const ghent = await anOrganisation({ type: "MUNICIPALITY", municipalityNis: "44021" });
  const agii = await anOrganisation({ type: "AGII" });
  caseworker = await anActor("CASEWORKER", ocmw);
  otherCaseworker = await anActor("CASEWORKER", otherOcmw);
  provider = await anActor("NT2_PROVIDER", cvo);
  otherProvider = await anActor("NT2_PROVIDER", otherCvo);
  officer = await anActor("MUNICIPALITY_OFFICER", ghent);
  admin = await anActor("ADMIN", agii);
  providerOrgId = cvo.id;
  otherProviderOrgId = otherCvo.id;
  const person = await aPerson(ocmw.id, { ...withContactDetails, municipalityNis: "44021" });
  personId = person.id;
  intakeId = (await anIntake(person, caseworker, { note: "SECRET-INTAKE-NOTE" })).id;
});

const refer = (actor: Actor, overrides: Partial<Parameters<typeof createNt2Referral>[1]> = {}) =>
  createNt2Referral(actor, {
    personId,
    intakeId,
    targetOrganisationId: providerOrgId,
    profile: nt2Profile,
    consentGiven: true,
    ...overrides,
  });

const version = async (id: string) => (await db().referral.findUniqueOrThrow({ where: { id } })).version;
const move = async (
  actor: Actor,
  referralId: string,
  to: Parameters<typeof changeReferralStatus>[1]["to"],
  reason?: string,
) => changeReferralStatus(actor, { referralId, to, reason, version: await version(referralId) });

describe("sending an NT2 referral", () => {
  it("records consent, the profile and the first timeline entry, and audits it", async () => {
    const { id } = await refer(caseworker);
    const referral = await db().referral.findUniqueOrThrow({
      where: { id },
      include: { nt2Profile: true, statusChanges: true },
    });
    expect(referral).toMatchObject({
      status: "SENT",
      type: "NT2",
      fromOrganisationId: caseworker.organisationId,
      targetOrganisationId: providerOrgId,
      consentOverrideReason: null,
    });
    expect(referral.consentAt).toBeInstanceOf(Date);
    expect(referral.nt2Profile).toMatchObject({
      intendedStay: "LONGER_STAY",
      availability: ["DAY", "EVENING"],
      region: "FLANDERS",
    });
    expect(referral.statusChanges).toMatchObject([
      { fromStatus: null, toStatus: "SENT", changedById: caseworker.userId },
    ]);
    expect(
      await db().auditEvent.count({ where: { entityType: "Referral", entityId: id, action: "CREATE" } }),
    ).toBe(1);
  });

  it("refuses without consent, and sends nothing", async () => {
    const before = await db().referral.count();
    await expect(refer(caseworker, { consentGiven: false })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { consentGiven: ["consentRequired"] },
    });
    expect(await db().referral.count()).toBe(before);
  });

  it("refuses a caseworker's consent override, auditing the attempt", async () => {
    const before = await db().referral.count();
    await expect(
      refer(caseworker, { consentGiven: false, consentOverrideReason: "Person unreachable, urgent place" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().referral.count()).toBe(before);
    expect(
      await db().auditEvent.count({
        where: {
          actorUserId: caseworker.userId,
          action: "DENIED",
          detail: { path: ["permission"], equals: "referrals.overrideConsent" },
        },
      }),
    ).toBe(1);
  });

  it("lets an administrator override consent with a recorded reason", async () => {
    const { id } = await refer(admin, {
      consentGiven: false,
      consentOverrideReason: "Guardian agreed by phone, form follows",
    });
    const referral = await db().referral.findUniqueOrThrow({ where: { id } });
    expect(referral).toMatchObject({
      consentAt: null,
      consentOverrideReason: "Guardian agreed by phone, form follows",
      consentOverrideById: admin.userId,
    });
  });

  it("refuses another organisation's person, a target that is not an NT2 provider, and roles that may not refer", async () => {
    await expect(refer(otherCaseworker)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      refer(caseworker, { targetOrganisationId: caseworker.organisationId }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(refer(provider)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(refer(officer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(nt2ReferralForm(otherCaseworker, personId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("suggests the providers serving the person's municipality first, then those of the region", async () => {
    const local = await anOrganisation({ type: "NT2_PROVIDER", region: "FLANDERS", name: "ZZ Local CVO" });
    await db().nt2ServedMunicipality.create({ data: { organisationId: local.id, municipalityNis: "44021" } });
    await db().organisation.update({ where: { id: local.id }, data: { servedRegions: [] } });
    const form = await nt2ReferralForm(caseworker, personId);
    expect(form.region).toBe("FLANDERS");
    const suggested = providersServing(form.providers, {
      region: form.region,
      municipalityNis: form.person.municipalityNis,
    }).map((p) => p.id);
    expect(suggested[0]).toBe(local.id);
    expect(suggested).toContain(providerOrgId);
    expect(suggested).not.toContain(otherProviderOrgId);
  });

  it("neither offers nor accepts a deactivated provider as the target", async () => {
    const closed = await anOrganisation({ type: "NT2_PROVIDER", region: "FLANDERS", name: "Closed CVO" });
    await db().organisation.update({ where: { id: closed.id }, data: { active: false } });
    expect((await nt2ReferralForm(caseworker, personId)).providers.map((p) => p.id)).not.toContain(closed.id);
    await expect(refer(caseworker, { targetOrganisationId: closed.id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});

describe("who sees which referral", () => {
  let toProvider: string;
  let toOther: string;
  beforeAll(async () => {
    toProvider = (await refer(caseworker)).id;
    toOther = (await refer(caseworker, { targetOrganisationId: otherProviderOrgId })).id;
  });

  it("a provider's inbox holds only referrals addressed to their organisation", async () => {
    const inbox = (await listReferrals(provider)).map((r) => r.id);
    expect(inbox).toContain(toProvider);
    expect(inbox).not.toContain(toOther);
    expect((await listReferrals(otherProvider)).map((r) => r.id)).toEqual([toOther]);
  });

  it("caseworkers see what their organisation sent, administrators everything, officers nothing", async () => {
    expect((await listReferrals(caseworker)).map((r) => r.id)).toEqual(
      expect.arrayContaining([toProvider, toOther]),
    );
    expect(await listReferrals(otherCaseworker)).toEqual([]);
    expect((await listReferrals(admin)).map((r) => r.id)).toEqual(
      expect.arrayContaining([toProvider, toOther]),
    );
    await expect(listReferrals(officer)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a provider opens a referral with the fields a course needs and never the intake notes", async () => {
    const referral = await getReferral(provider, toProvider);
    expect(referral.person).toEqual({
      firstName: "Olena",
      lastName: "Kovalenko",
      firstNameCyrillic: "Олена",
      lastNameCyrillic: "Коваленко",
      email: "olena@example.test",
      phone: "+32470000000",
      languages: ["uk", "ru"],
    });
    expect(referral.nt2Profile?.intendedStay).toBe("LONGER_STAY");
    expect(JSON.stringify(referral)).not.toContain("SECRET-INTAKE-NOTE");
    expect(referral.allowedMoves).toEqual(["ACCEPTED", "DECLINED"]);
  });

  it("another provider, another organisation's caseworker and an officer cannot open it", async () => {
    await expect(getReferral(otherProvider, toProvider)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReferral(otherCaseworker, toProvider)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getReferral(officer, toProvider)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getReferral(caseworker, toProvider)).allowedMoves).toEqual(["CANCELLED"]);
  });
});

describe("the referral lifecycle", () => {
  it("goes sent → accepted → enrolled → completed, each step stamped with who and when", async () => {
    const { id } = await refer(caseworker);
    await move(provider, id, "ACCEPTED");
    await move(provider, id, "ENROLLED");
    await move(provider, id, "COMPLETED");
    const referral = await getReferral(caseworker, id);
    expect(referral.status).toBe("COMPLETED");
    expect(referral.statusChanges.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, "SENT"],
      ["SENT", "ACCEPTED"],
      ["ACCEPTED", "ENROLLED"],
      ["ENROLLED", "COMPLETED"],
    ]);
    const stamps = await db().referralStatusChange.findMany({
      where: { referralId: id, fromStatus: { not: null } },
    });
    expect(
      stamps.every((change) => change.changedById === provider.userId && change.changedAt instanceof Date),
    ).toBe(true);
  });

  it("refuses illegal moves, stale versions, and moves by the wrong party", async () => {
    const { id } = await refer(caseworker);
    await expect(move(provider, id, "COMPLETED")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      changeReferralStatus(provider, { referralId: id, to: "ACCEPTED", version: 99 }),
    ).rejects.toMatchObject({ code: "STALE_EDIT" });
    await expect(move(otherProvider, id, "ACCEPTED")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(move(caseworker, id, "ACCEPTED")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(move(otherCaseworker, id, "CANCELLED")).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The refusal survives the rollback of the transaction it happened in: exactly one DENIED row.
    expect(
      await db().auditEvent.count({
        where: {
          actorUserId: otherCaseworker.userId,
          action: "DENIED",
          entityType: "Referral",
          entityId: id,
        },
      }),
    ).toBe(1);
    await expect(move(provider, id, "CANCELLED")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db().referral.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
    await move(caseworker, id, "CANCELLED");
    expect((await db().referral.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
  });

  it("a decline needs a reason, and tells the referring caseworker by e-mail in the same transaction", async () => {
    const { id } = await refer(caseworker);
    await expect(move(provider, id, "DECLINED")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await move(provider, id, "DECLINED", "Course full until March");
    const referral = await db().referral.findUniqueOrThrow({
      where: { id },
      include: { statusChanges: { orderBy: { changedAt: "asc" } } },
    });
    expect(referral).toMatchObject({ status: "DECLINED", declineReason: "Course full until March" });
    expect(referral.statusChanges.at(-1)).toMatchObject({
      fromStatus: "SENT",
      toStatus: "DECLINED",
      reason: "Course full until March",
      changedById: provider.userId,
    });
    const message = await db().outboxMessage.findUniqueOrThrow({
      where: { idempotencyKey: `referral-declined:${id}` },
    });
    expect(message).toMatchObject({
      template: "referral-declined",
      toAddress: `${caseworker.userId}@staff.test`,
      status: "PENDING",
    });
    expect(message.payload).toMatchObject({
      referralId: id,
      referralPath: `/nl/staff/referrals/${id}`,
      providerName: "CVO Test",
      reason: "Course full until March",
    });
    expect(JSON.stringify(message.payload)).not.toContain("Kovalenko");
  });

  it("rolls the decline back when its e-mail cannot be queued", async () => {
    const { id } = await refer(caseworker);
    await db().outboxMessage.create({
      data: {
        idempotencyKey: `referral-declined:${id}`,
        template: "x",
        toAddress: "x@example.test",
        locale: "nl",
        payload: {},
      },
    });
    await expect(move(provider, id, "DECLINED", "Course full")).rejects.toThrow();
    const referral = await db().referral.findUniqueOrThrow({
      where: { id },
      include: { statusChanges: true },
    });
    expect(referral.status).toBe("SENT");
    expect(referral.statusChanges).toHaveLength(1);
  });

  it("shows on the person's timeline for their own organisation only", async () => {
    const { id } = await refer(caseworker);
    await move(provider, id, "ACCEPTED");
    const timeline = await personReferralTimeline(caseworker, personId);
    expect(
      timeline.find((referral) => referral.id === id)?.statusChanges.map((change) => change.toStatus),
    ).toEqual(["SENT", "ACCEPTED"]);
    expect(await personReferralTimeline(otherCaseworker, personId)).toEqual([]);
    expect(
      (await personReferralTimeline(otherProvider, personId)).map((referral) => referral.id),
    ).not.toContain(id);
  });
});
