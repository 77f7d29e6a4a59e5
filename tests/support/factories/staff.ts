import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { StaffRole } from "@/domain/permissions";
import { db } from "@/server/db";
import type { OrganisationType } from "@/server/generated/prisma/enums";

/** Staff test data: an organisation, and a user with a better-auth credential (hashed as better-auth does). */
export const testPassword = "correct-horse-battery-staple";

const unique = () => randomBytes(4).toString("hex");

export async function createOrganisation(input: { type?: OrganisationType; municipalityNis?: string } = {}) {
  if (input.municipalityNis) {
    await db().municipality.upsert({
      where: { nisCode: input.municipalityNis },
      update: {},
      create: {
        nisCode: input.municipalityNis,
        nameNl: `Gemeente ${input.municipalityNis}`,
        region: "FLANDERS",
      },
    });
  }
  return db().organisation.create({
    data: {
      name: `Organisation ${unique()}`,
      type: input.type ?? "AGII",
      municipalityNis: input.municipalityNis ?? null,
    },
    select: { id: true, name: true, municipalityNis: true },
  });
}

export async function createStaffUser(
  input: {
    role?: StaffRole;
    organisationId?: string;
    password?: string;
    active?: boolean;
    email?: string;
  } = {},
) {
  const organisationId = input.organisationId ?? (await createOrganisation()).id;
  const user = await db().user.create({
    data: {
      name: `Staff ${unique()}`,
      email: input.email ?? `staff-${unique()}@welkom.test`,
      emailVerified: true,
      role: input.role ?? "CASEWORKER",
      organisationId,
      active: input.active ?? true,
    },
    select: { id: true, email: true, name: true, role: true, organisationId: true },
  });
  await db().account.create({
    data: {
      userId: user.id,
      accountId: user.id,
      providerId: "credential",
      password: await hashPassword(input.password ?? testPassword),
    },
  });
  return { ...user, actor: { userId: user.id, role: user.role, organisationId, municipalityNis: null } };
}
