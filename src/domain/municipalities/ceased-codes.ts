/**
 * The 27 NIS codes that ceased on 1 January 2025 (Flemish mergers), with the code of the
 * municipality that took over. Copied from prisma/reference-data/municipalities-merged-2025.csv (a
 * unit test keeps the two equal): imports keyed by an old code land on the successor.
 * Antwerpen (11002) absorbed Borsbeek and kept its code, so 11002 is a successor, never ceased.
 */
export type CeasedMunicipality = { successor: string; name: string };

export const ceasedMunicipalities: ReadonlyMap<string, CeasedMunicipality> = new Map([
  ["11007", { successor: "11002", name: "Borsbeek" }],
  ["11056", { successor: "46030", name: "Zwijndrecht" }],
  ["23023", { successor: "23106", name: "Galmaarden" }],
  ["23024", { successor: "23106", name: "Gooik" }],
  ["23032", { successor: "23106", name: "Herne" }],
  ["37007", { successor: "37022", name: "Meulebeke" }],
  ["37012", { successor: "37021", name: "Ruiselede" }],
  ["37015", { successor: "37022", name: "Tielt" }],
  ["37018", { successor: "37021", name: "Wingene" }],
  ["44012", { successor: "44086", name: "De Pinte" }],
  ["44034", { successor: "44087", name: "Lochristi" }],
  ["44040", { successor: "44088", name: "Melle" }],
  ["44043", { successor: "44088", name: "Merelbeke" }],
  ["44045", { successor: "46029", name: "Moerbeke" }],
  ["44048", { successor: "44086", name: "Nazareth" }],
  ["44073", { successor: "44087", name: "Wachtebeke" }],
  ["46003", { successor: "46030", name: "Beveren" }],
  ["46013", { successor: "46030", name: "Kruibeke" }],
  ["46014", { successor: "46029", name: "Lokeren" }],
  ["71022", { successor: "71072", name: "Hasselt" }],
  ["71057", { successor: "71071", name: "Tessenderlo" }],
  ["71069", { successor: "71071", name: "Ham" }],
  ["73006", { successor: "73110", name: "Bilzen" }],
  ["73009", { successor: "73111", name: "Borgloon" }],
  ["73032", { successor: "73110", name: "Hoeselt" }],
  ["73040", { successor: "71072", name: "Kortessem" }],
  ["73083", { successor: "73111", name: "Tongeren" }],
]);

/** The code valid today for a code read from a file: the successor of a ceased code, else itself. */
export function currentNisCode(nisCode: string): string {
  return ceasedMunicipalities.get(nisCode)?.successor ?? nisCode;
}
