import { db } from "@/server/db";

/** Every text, JSON and array column of every table (as `Table.column`) holding `needle` anywhere. */
export async function textColumnsContaining(needle: string): Promise<string[]> {
  const columns = await db().$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`;
  const found: string[] = [];
  for (const { table, column } of columns) {
    const [row] = await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE $1`,
      `%${needle}%`,
    );
    if (row && row.n > 0) found.push(`${table}.${column}`);
  }
  return found;
}
