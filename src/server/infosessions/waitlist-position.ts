import "server-only";
import type { Tx } from "../db";

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
