import "server-only";
import type { OrganisationInput } from "@/domain/organisations";
import { recordAudit } from "../audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db, type Tx } from "../db";
import { AppError } from "../errors";

/** Organisations are no personal data: ids, names, types and places only. */
export async function listOrganisationsToManage(actor: Actor) {
  await authorize(actor, "organisations.manage", { type: "Organisation" });
  const rows = await db().organisation.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      type: true,
      nt2Kind: true,
      active: true,
      region: true,
      municipality: { select: { nameNl: true } },
      _count: { select: { users: true } },
    },
  });
  return rows.map(({ _count, municipality, ...row }) => ({
    ...row,
    municipalityName: municipality?.nameNl ?? null,
    accounts: _count.users,
  }));
}

export async function getOrganisation(actor: Actor, organisationId: string) {
  await authorize(actor, "organisations.manage", { type: "Organisation", id: organisationId });
  const organisation = await db().organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      type: true,
      nt2Kind: true,
      municipalityNis: true,
      region: true,
      email: true,
      active: true,
      servedRegions: true,
      servedMunicipalities: { select: { municipalityNis: true } },
      users: {
        select: { id: true, name: true, email: true, role: true, active: true },
        orderBy: { name: "asc" },
      },
    },
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  return {
    ...organisation,
    servedMunicipalities: organisation.servedMunicipalities.map((served) => served.municipalityNis),
  };
}

export async function createOrganisation(actor: Actor, input: OrganisationInput): Promise<{ id: string }> {
  await authorize(actor, "organisations.manage", { type: "Organisation" });
  return db().$transaction(async (tx) => {
    const data = await organisationData(tx, input);
    const organisation = await tx.organisation.create({
      data: {
        ...data,
        servedMunicipalities: {
          create: input.servedMunicipalities.map((municipalityNis) => ({ municipalityNis })),
        },
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      actor,
      "CREATE",
      { type: "Organisation", id: organisation.id },
      { type: input.type, servedMunicipalities: input.servedMunicipalities.length },
    );
    return organisation;
  });
}

export async function updateOrganisation(
  actor: Actor,
  organisationId: string,
  input: OrganisationInput,
): Promise<void> {
  await authorize(actor, "organisations.manage", { type: "Organisation", id: organisationId });
  await db().$transaction(async (tx) => {
    const data = await organisationData(tx, input);
    const updated = await tx.organisation.updateMany({ where: { id: organisationId }, data });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    await tx.nt2ServedMunicipality.deleteMany({ where: { organisationId } });
    await tx.nt2ServedMunicipality.createMany({
      data: input.servedMunicipalities.map((municipalityNis) => ({ organisationId, municipalityNis })),
    });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Organisation", id: organisationId },
      { fields: Object.keys(data), servedMunicipalities: input.servedMunicipalities.length },
    );
  });
}

/**
 * Deactivating ends the sessions of every account of the organisation; they cannot sign in again
 * (auth.ts, staff-user.ts) and the organisation is no longer offered as a referral target. The
 * actor's own organisation cannot be deactivated: an administrator must not lock themselves out.
 */
export async function setOrganisationActive(
  actor: Actor,
  organisationId: string,
  active: boolean,
): Promise<void> {
  await authorize(actor, "organisations.manage", { type: "Organisation", id: organisationId });
  if (!active && organisationId === actor.organisationId) throw new AppError("CONFLICT", "ownOrganisation");
  await db().$transaction(async (tx) => {
    const updated = await tx.organisation.updateMany({ where: { id: organisationId }, data: { active } });
    if (updated.count !== 1) throw new AppError("NOT_FOUND");
    const revoked = active
      ? { count: 0 }
      : await tx.session.deleteMany({ where: { user: { organisationId } } });
    await recordAudit(
      tx,
      actor,
      "UPDATE",
      { type: "Organisation", id: organisationId },
      { event: active ? "reactivated" : "deactivated", sessionsRevoked: revoked.count },
    );
  });
}

/** The columns of an organisation; a municipality's region is the municipality's own. */
async function organisationData(tx: Tx, input: OrganisationInput) {
  const codes = [
    ...new Set([...(input.municipalityNis ? [input.municipalityNis] : []), ...input.servedMunicipalities]),
  ];
  const known = await tx.municipality.findMany({
    where: { nisCode: { in: codes } },
    select: { nisCode: true, region: true },
  });
  if (known.length !== codes.length) {
    const unknown = codes.find((code) => !known.some((m) => m.nisCode === code));
    throw new AppError("INVALID_INPUT", "municipality", {
      [unknown === input.municipalityNis ? "municipalityNis" : "servedMunicipalities"]: ["invalid"],
    });
  }
  const region = known.find((m) => m.nisCode === input.municipalityNis)?.region ?? input.region ?? null;
  return {
    name: input.name,
    type: input.type,
    nt2Kind: input.nt2Kind ?? null,
    municipalityNis: input.municipalityNis ?? null,
    region,
    email: input.email ?? null,
    servedRegions: input.servedRegions,
  };
}
