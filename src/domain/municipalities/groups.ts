/**
 * Municipality lists in forms are grouped by province, with the Brussels-Capital Region apart (it
 * has no province and is not part of Flanders). One <optgroup> per group: a plain <select> that
 * works without JavaScript and by keyboard (type the first letters of a name).
 */
export type MunicipalityListed = { nisCode: string; nameNl: string; province: string | null };
export type MunicipalityGroup = {
  province: string | null;
  municipalities: { nisCode: string; name: string }[];
};

const byDutchName = (a: string, b: string) => a.localeCompare(b, "nl");

/** Provinces alphabetically, then Brussels (province null); municipalities alphabetically in each. */
export function groupByProvince(municipalities: readonly MunicipalityListed[]): MunicipalityGroup[] {
  const groups = new Map<string | null, MunicipalityGroup>();
  for (const municipality of municipalities) {
    const group = groups.get(municipality.province) ?? {
      province: municipality.province,
      municipalities: [],
    };
    group.municipalities.push({ nisCode: municipality.nisCode, name: municipality.nameNl });
    groups.set(municipality.province, group);
  }
  for (const group of groups.values()) group.municipalities.sort((a, b) => byDutchName(a.name, b.name));
  return [...groups.values()].sort((a, b) =>
    a.province === null ? 1 : b.province === null ? -1 : byDutchName(a.province, b.province),
  );
}
