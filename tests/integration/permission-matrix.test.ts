import { describe, expect, it } from "vitest";
import { can, staffRoles, type StaffRole } from "@/domain/permissions";
import { db } from "@/server/db";
import { anActor, aNisCode, anOrganisation } from "../support/factories";
import { notUseCases, useCaseCalls } from "../support/use-case-calls";
import { exportedUseCases } from "../support/use-cases";

/**
 * Every staff use-case × every role, derived from the permission table (src/domain/permissions.ts):
 * a use-case that runs for a role the table does not grant, or refuses one it grants, fails. The
 * calls live in tests/support/use-case-calls.ts, and the guard below fails for a new use-case
 * without a row there.
 */
const deniedPermissionsOf = async (userId: string) =>
  (
    await db().auditEvent.findMany({
      where: { actorUserId: userId, action: "DENIED" },
      select: { detail: true },
    })
  )
    // A refusal by the permission table names the permission; an out-of-scope record does not.
    .filter(({ detail }) => typeof detail === "object" && detail !== null && "permission" in detail).length;

describe("the permission matrix covers every use-case", () => {
  it("has a row for every exported function that takes the actor first, or says why it is none", () => {
    const scanned = exportedUseCases().map(({ name }) => name);
    // Rows are matched by function name: two use-cases of one name would hide each other.
    expect(scanned.filter((name, index) => scanned.indexOf(name) !== index)).toEqual([]);
    const known = new Set([
      ...useCaseCalls.map((row) => row.useCase.name),
      ...notUseCases.map((entry) => entry.fn.name),
    ]);
    expect(scanned.filter((name) => !known.has(name))).toEqual([]);
  });
});

// Each role in the kind of organisation it works for: an officer's figures are their municipality's.
const organisationFor = (role: StaffRole) =>
  anOrganisation(
    role === "MUNICIPALITY_OFFICER"
      ? { type: "MUNICIPALITY", municipalityNis: aNisCode() }
      : role === "CASEWORKER"
        ? { type: "OCMW", municipalityNis: aNisCode() }
        : role === "NT2_PROVIDER"
          ? { type: "NT2_PROVIDER" }
          : { type: "AGII" },
  );

describe("permission matrix over the staff use-cases", () => {
  for (const role of staffRoles) {
    for (const row of useCaseCalls) {
      const allowed = [row.permission].flat().some((permission) => can(role as StaffRole, permission));
      it(`${role} ${allowed ? "may" : "may not"} ${row.name ?? row.useCase.name}`, async () => {
        const actor = await anActor(role, await organisationFor(role));
        const target = await anActor("CASEWORKER", await anOrganisation({ type: "AGII" }));
        const outcome = row.call(actor, target);
        if (allowed) {
          await outcome;
          expect(await deniedPermissionsOf(actor.userId)).toBe(0);
        } else {
          await expect(outcome).rejects.toMatchObject({ code: "FORBIDDEN" });
          expect(await deniedPermissionsOf(actor.userId)).toBe(1);
        }
      });
    }
  }
});
