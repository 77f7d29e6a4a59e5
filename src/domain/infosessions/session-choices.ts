import { regions, type Region } from "./topics";

/**
 * How a session picker orders its choices: one group per region, the person's own region first (a
 * family in Gent sees the Flemish sessions before the Brussels ones, which stay available below),
 * each group by start time. Regions without sessions are left out.
 */
export function groupSessionsByRegion<S extends { region: Region; startsAt: Date }>(
  sessions: readonly S[],
  preferred: Region | null,
): { region: Region; preferred: boolean; sessions: S[] }[] {
  const order = preferred ? [preferred, ...regions.filter((region) => region !== preferred)] : [...regions];
  return order
    .map((region) => ({
      region,
      preferred: region === preferred,
      sessions: sessions
        .filter((session) => session.region === region)
        .toSorted((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    }))
    .filter((group) => group.sessions.length > 0);
}
