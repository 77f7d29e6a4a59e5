import { describe, expect, it } from "vitest";
import { staffRoles, type StaffRole } from "@/domain/permissions";
import type { Actor } from "./actor";
import {
  followUpsAssignedTo,
  followUpsOfOwnOrganisation,
  householdScope,
  intakeScope,
  isOwnOrganisation,
  ofOwnOrganisation,
  personScope,
  personsOfOwnOrganisation,
  referralScope,
  referralsOfOwnCaseload,
  referralsSentByOwnOrganisation,
} from "./scopes";

const org = "11111111-1111-4111-8111-111111111111";
const actorAs = (role: StaffRole): Actor => ({
  userId: "u1",
  role,
  organisationId: org,
  municipalityNis: "24062",
});
const live = { anonymisedAt: null };
const nobody = { id: { in: [] } };

// Every scope for every role: a change to who sees what must show up here.
const expected: Record<string, Record<StaffRole, unknown>> = {
  personScope: {
    ADMIN: live,
    CASEWORKER: { ...live, organisationId: org },
    MUNICIPALITY_OFFICER: { ...live, municipalityNis: "24062" },
    NT2_PROVIDER: nobody,
    AGII_ADVISER: nobody,
    CONTENT_EDITOR: nobody,
  },
  personsOfOwnOrganisation: {
    ADMIN: live,
    CASEWORKER: { ...live, organisationId: org },
    MUNICIPALITY_OFFICER: { ...live, organisationId: org },
    NT2_PROVIDER: { ...live, organisationId: org },
    AGII_ADVISER: { ...live, organisationId: org },
    CONTENT_EDITOR: { ...live, organisationId: org },
  },
  intakeScope: {
    ADMIN: { person: live },
    CASEWORKER: { organisationId: org, person: { ...live, organisationId: org } },
    MUNICIPALITY_OFFICER: nobody,
    NT2_PROVIDER: nobody,
    AGII_ADVISER: nobody,
    CONTENT_EDITOR: nobody,
  },
  householdScope: {
    ADMIN: {},
    CASEWORKER: { organisationId: org },
    MUNICIPALITY_OFFICER: { municipalityNis: "24062" },
    NT2_PROVIDER: nobody,
    AGII_ADVISER: nobody,
    CONTENT_EDITOR: nobody,
  },
  referralScope: {
    ADMIN: {},
    CASEWORKER: { fromOrganisationId: org },
    MUNICIPALITY_OFFICER: nobody,
    NT2_PROVIDER: { targetOrganisationId: org },
    AGII_ADVISER: nobody,
    CONTENT_EDITOR: nobody,
  },
  ofOwnOrganisation: {
    ADMIN: {},
    CASEWORKER: { organisationId: org },
    MUNICIPALITY_OFFICER: { organisationId: org },
    NT2_PROVIDER: { organisationId: org },
    AGII_ADVISER: { organisationId: org },
    CONTENT_EDITOR: { organisationId: org },
  },
  followUpsAssignedTo: {
    ADMIN: {},
    CASEWORKER: { caseworkerId: "u1" },
    MUNICIPALITY_OFFICER: { caseworkerId: "u1" },
    NT2_PROVIDER: { caseworkerId: "u1" },
    AGII_ADVISER: { caseworkerId: "u1" },
    CONTENT_EDITOR: { caseworkerId: "u1" },
  },
  followUpsOfOwnOrganisation: {
    ADMIN: {},
    CASEWORKER: { caseworker: { organisationId: org } },
    MUNICIPALITY_OFFICER: { caseworker: { organisationId: org } },
    NT2_PROVIDER: { caseworker: { organisationId: org } },
    AGII_ADVISER: { caseworker: { organisationId: org } },
    CONTENT_EDITOR: { caseworker: { organisationId: org } },
  },
  referralsSentByOwnOrganisation: {
    ADMIN: {},
    CASEWORKER: { fromOrganisationId: org },
    MUNICIPALITY_OFFICER: { fromOrganisationId: org },
    NT2_PROVIDER: { fromOrganisationId: org },
    AGII_ADVISER: { fromOrganisationId: org },
    CONTENT_EDITOR: { fromOrganisationId: org },
  },
  referralsOfOwnCaseload: {
    ADMIN: {},
    CASEWORKER: { person: { organisationId: org } },
    MUNICIPALITY_OFFICER: {},
    NT2_PROVIDER: {},
    AGII_ADVISER: {},
    CONTENT_EDITOR: {},
  },
};

const scopes: Record<string, (actor: Actor) => unknown> = {
  personScope,
  personsOfOwnOrganisation,
  intakeScope,
  householdScope,
  referralScope,
  ofOwnOrganisation,
  followUpsAssignedTo,
  followUpsOfOwnOrganisation,
  referralsSentByOwnOrganisation,
  referralsOfOwnCaseload,
};

describe("scopes", () => {
  for (const [name, scope] of Object.entries(scopes))
    for (const role of staffRoles)
      it(`${name} for ${role}`, () => expect(scope(actorAs(role))).toEqual(expected[name]![role]));

  it("a municipality officer without a municipality sees no persons and no households", () => {
    const officer = { ...actorAs("MUNICIPALITY_OFFICER"), municipalityNis: null };
    expect(personScope(officer)).toEqual(nobody);
    expect(householdScope(officer)).toEqual(nobody);
  });

  it("only an administrator owns every organisation", () => {
    for (const role of staffRoles) {
      expect(isOwnOrganisation(actorAs(role), org)).toBe(true);
      expect(isOwnOrganisation(actorAs(role), "other")).toBe(role === "ADMIN");
    }
  });
});
