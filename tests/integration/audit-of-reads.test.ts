import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { exportPerson } from "@/server/cases/export-person";
import { getPersonCaseOverview } from "@/server/cases/get-person";
import { db } from "@/server/db";
import { listOutbox } from "@/server/mail/list-outbox";
import { changeReferralStatus } from "@/server/referrals/change-referral-status";
import { createNt2Referral } from "@/server/referrals/create-nt2-referral";
import { getReferral } from "@/server/referrals/get-referral";
import { listReferrals } from "@/server/referrals/list-referrals";
import { anActor, anOrganisation, aPerson, nt2Profile, withContactDetails } from "../support/factories";

let caseworker: Actor;
let provider: Actor;
let otherCaseworker: Actor;
let officer: Actor;
let admin: Actor;
let person: { id: string };
let referralId: string;

const eventsNaming = async (personId: string) => (await exportPerson(admin, personId)).auditTrail;

beforeAll(async () => {
  const ocmw = await anOrganisation({ type: "OCMW", municipalityNis: "44021" });
  const cvo = await anOrganisation({ type: "NT2_PROVIDER", region: "FLANDERS" });
  caseworker = await anActor("CASEWORKER", ocmw);
  provider = await anActor("NT2_PROVIDER", cvo);
  otherCaseworker = await anActor(
    "CASEWORKER",
    await anOrganisation({ type: "OCMW", municipalityNis: "11002" }),
  );
  officer = await anActor(
    "MUNICIPALITY_OFFICER",
    await anOrganisation({ type: "MUNICIPALITY", municipalityNis: "44021" }),
  );
  admin = await anActor("ADMIN", await anOrganisation({ type: "AGII" }));
  person = await aPerson(ocmw.id, { ...withContactDetails, municipalityNis: "44021", firstName: "Audited" });
  ({ id: referralId } = await createNt2Referral(caseworker, {
    personId: person.id,
    targetOrganisationId: cvo.id,
    profile: nt2Profile,
    consentGiven: true,
  }));
});

describe("reads of personal data name the person in the audit trail", () => {
  it("a provider reading a referral, and a referral list, show up in the person's subject-access export", async () => {
    await getReferral(provider, referralId);
    await listReferrals(provider);
    const trail = await eventsNaming(person.id);
    expect(
      trail.filter((event) => event.actorRole === "NT2_PROVIDER" && event.action === "READ"),
    ).toHaveLength(2);
  });

  it("a municipality officer seeing household members is audited with their ids", async () => {
    const household = await db().household.create({
      data: { organisationId: caseworker.organisationId, municipalityNis: "44021" },
    });
    const member = await aPerson(caseworker.organisationId, {
      ...withContactDetails,
      municipalityNis: "44021",
      firstName: "Member",
    });
    await db().person.updateMany({
      where: { id: { in: [person.id, member.id] } },
      data: { householdId: household.id },
    });
    await getPersonCaseOverview(officer, person.id);
    const trail = await eventsNaming(member.id);
    expect(
      trail.some((event) => event.actorRole === "MUNICIPALITY_OFFICER" && event.entityType === "Household"),
    ).toBe(true);
  });

  it("the outbox page's addresses are an audited read", async () => {
    await listOutbox(admin);
    expect(
      await db().auditEvent.count({
        where: { entityType: "OutboxMessage", action: "READ", actorUserId: admin.userId },
      }),
    ).toBe(1);
  });
});

describe("refused lookups are audited and survive the rollback", () => {
  it("another organisation's caseworker reading or moving a referral leaves DENIED events", async () => {
    await expect(getReferral(otherCaseworker, referralId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changeReferralStatus(otherCaseworker, { referralId, to: "CANCELLED", version: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const denied = await db().auditEvent.findMany({
      where: {
        action: "DENIED",
        entityType: "Referral",
        entityId: referralId,
        actorUserId: otherCaseworker.userId,
      },
    });
    expect(denied).toHaveLength(2);
    await expect(
      createNt2Referral(otherCaseworker, {
        personId: person.id,
        targetOrganisationId: provider.organisationId,
        profile: nt2Profile,
        consentGiven: true,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await db().auditEvent.count({
        where: {
          action: "DENIED",
          entityType: "Person",
          entityId: person.id,
          actorUserId: otherCaseworker.userId,
        },
      }),
    ).toBe(1);
  });
});
