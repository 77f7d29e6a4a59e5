import "server-only";
import { groupByProvince, type MunicipalityGroup } from "@/domain/municipalities/groups";
import { db } from "../db";

/** All municipalities of Flanders and Brussels (reference data, no personal data), grouped for a <select>. */
export async function listMunicipalityGroups(): Promise<MunicipalityGroup[]> {
  return groupByProvince(
    await db().municipality.findMany({ select: { nisCode: true, nameNl: true, province: true } }),
  );
}
