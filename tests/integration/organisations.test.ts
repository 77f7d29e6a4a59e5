import { beforeAll, describe, expect, it } from "vitest";
import { inviteStaff } from "@/server/accounts/invite-staff";
import type { Actor } from "@/server/auth/actor";
import { signInWithPassword } from "@/server/auth/sign-in";
import { loadStaffUser } from "@/server/auth/staff-user";
import { db } from "@/server/db";
import {
  createOrganisation,
  getOrganisation,
  setOrganisationActive,
  updateOrganisation,
} from "@/server/organisations/manage-organisations";
import { aStaffUser, anOrganisation, testPassword } from "../support/factories";

let admin: Actor;
beforeAll(async () => {
  admin = (await aStaffUser({ role: "ADMIN" })).actor;
});

const cvo = {
  name: "CVO Leuven",
  type: "NT2_PROVIDER" as const,
  nt2Kind: "CVO" as const,
  municipalityNis: "24062",
  servedRegions: [],
  servedMunicipalities: ["24062", "24001"],
};
const audits = (id: string) =>
  db().auditEvent.findMany({
    where: { entityType: "Organisation", entityId: id },
    select: { action: true, actorUserId: true, detail: true },
    orderBy: { id: "asc" },
  });

describe("organisations managed by an administrator", () => {
  it("creates an NT2 provider with the municipalities it serves, its region taken from its municipality, audited", async () => {
    const { id } = await createOrganisation(admin, cvo);
    expect(await getOrganisation(admin, id)).toMatchObject({
      name: "CVO Leuven",
      nt2Kind: "CVO",
      region: "FLANDERS",
      active: true,
      servedMunicipalities: expect.arrayContaining(["24062", "24001"]),
    });
    expect(await audits(id)).toEqual([
      {
        action: "CREATE",
        actorUserId: admin.userId,
        detail: { type: "NT2_PROVIDER", servedMunicipalities: 2 },
      },
    ]);
  });

  it("edits it (service area replaced) and refuses a municipality that does not exist", async () => {
    const { id } = await createOrganisation(admin, cvo);
    await updateOrganisation(admin, id, {
      ...cvo,
      name: "CVO Leuven-Tienen",
      servedMunicipalities: [],
      servedRegions: ["FLANDERS"],
    });
    expect(await getOrganisation(admin, id)).toMatchObject({
      name: "CVO Leuven-Tienen",
      servedMunicipalities: [],
      servedRegions: ["FLANDERS"],
    });
    await expect(
      updateOrganisation(admin, id, { ...cvo, servedMunicipalities: ["99999"] }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { servedMunicipalities: ["invalid"] } });
    expect((await audits(id)).map((event) => event.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("deactivating one ends its accounts' sessions, refuses their sign-in and new invitations into it; not one's own", async () => {
    const organisation = await anOrganisation({ type: "PARTNER" });
    const member = await aStaffUser({ organisationId: organisation.id, password: testPassword });
    const headers = new Headers({ "x-forwarded-for": "203.0.113.77" });
    expect(await signInWithPassword({ email: member.email, password: testPassword, headers })).toBe(
      "signedIn",
    );
    expect(await db().session.count({ where: { userId: member.id } })).toBe(1);

    await setOrganisationActive(admin, organisation.id, false);
    expect(await db().session.count({ where: { userId: member.id } })).toBe(0);
    expect(await loadStaffUser(member.id)).toBeNull();
    expect(await signInWithPassword({ email: member.email, password: testPassword, headers })).toBe(
      "invalidCredentials",
    );
    await expect(
      inviteStaff(
        admin,
        { email: "new@partner.test", role: "CASEWORKER", organisationId: organisation.id },
        "nl",
      ),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await audits(organisation.id)).at(-1)).toMatchObject({
      action: "UPDATE",
      detail: { event: "deactivated", sessionsRevoked: 1 },
    });

    await setOrganisationActive(admin, organisation.id, true);
    expect(await loadStaffUser(member.id)).not.toBeNull();
    await expect(setOrganisationActive(admin, admin.organisationId, false)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
