import "server-only";
import { sql, type Tx } from "../db";

/** 1 for the first registration waiting on its session, counted in queue order. */
export async function waitlistPositionOf(client: Tx, registrationId: string): Promise<number | undefined> {
  const rows = await client.$queryRaw<{ position: bigint }[]>`
    SELECT COUNT(*) AS position FROM "Registration" other, "Registration" mine
    WHERE mine."id" = ${registrationId}::uuid AND mine."status" = 'WAITLISTED'
      AND other."sessionId" = mine."sessionId" AND other."status" = 'WAITLISTED'
      AND (other."queuedAt", other."id") <= (mine."queuedAt", mine."id")`;
  const position = Number(rows[0]?.position ?? 0);
  return position > 0 ? position : undefined;
}

/** The same count for a booking's registrations in one prepared statement, off Prisma (the API's answer under load). */
export async function waitlistPositions(registrationIds: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await sql().query<{ id: string; position: string }>({
    name: "waitlist-positions",
    text: `
      SELECT mine."id", COUNT(*) AS position FROM "Registration" other, "Registration" mine
      WHERE mine."id" = ANY($1::uuid[]) AND mine."status" = 'WAITLISTED'
        AND other."sessionId" = mine."sessionId" AND other."status" = 'WAITLISTED'
        AND (other."queuedAt", other."id") <= (mine."queuedAt", mine."id")
      GROUP BY mine."id"`,
    values: [registrationIds],
  });
  return new Map(rows.map((row) => [row.id, Number(row.position)]));
}
