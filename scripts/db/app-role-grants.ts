import type pg from "pg";

/** Quotes a role or schema name for SQL; names come from the operator's URLs, never from users. */
const identifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * When DATABASE_URL's role is not the one that ran the migrations (MIGRATION_DATABASE_URL), gives
 * it what the portal needs and no more: read and write on every table, except the audit log, which
 * it may only add to and read (with the schema history, which it only reads). Not being the owner,
 * it cannot disable or drop the append-only triggers either. Run after every migration, so new
 * tables are covered; repeating it changes nothing. Default privileges also cover tables the owner
 * creates by hand.
 */
export async function grantAppRole(owner: pg.Client, appUrl: string): Promise<void> {
  const appRole = decodeURIComponent(new URL(appUrl).username);
  // Prisma's own `?schema=` parameter, as in prisma.config.ts's URL; Prisma's default otherwise.
  const schema = new URL(appUrl).searchParams.get("schema") || "public";
  const { rows } = await owner.query<{ owner: string }>("SELECT current_user AS owner");
  const ownerRole = rows[0]!.owner;
  if (!appRole || appRole === ownerRole) return;
  const { rows: power } = await owner.query<{ can_act_as_owner: boolean }>(
    `SELECT pg_has_role(rolname, $2, 'MEMBER') OR rolsuper AS can_act_as_owner FROM pg_roles WHERE rolname = $1`,
    [appRole, ownerRole],
  );
  if (power.length === 0)
    throw new Error(
      `The role in DATABASE_URL (${appRole}) does not exist: create it as the README describes.`,
    );
  const canActAsOwner = power[0]!.can_act_as_owner;
  if (canActAsOwner)
    throw new Error(
      `The role in DATABASE_URL (${appRole}) can act as the owner in MIGRATION_DATABASE_URL (${ownerRole}) or is a superuser, so the audit log would not be append-only for it: give the application a role of its own.`,
    );
  const app = identifier(appRole);
  const inSchema = identifier(schema);
  await owner.query("BEGIN");
  try {
    for (const statement of [
      `GRANT USAGE ON SCHEMA ${inSchema} TO ${app}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${inSchema} TO ${app}`,
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${inSchema} TO ${app}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${inSchema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
      `ALTER DEFAULT PRIVILEGES IN SCHEMA ${inSchema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${app}`,
      `REVOKE ALL ON ${inSchema}."AuditEvent" FROM ${app}`,
      `GRANT SELECT, INSERT ON ${inSchema}."AuditEvent" TO ${app}`,
      `REVOKE ALL ON ${inSchema}."_prisma_migrations" FROM ${app}`,
      `GRANT SELECT ON ${inSchema}."_prisma_migrations" TO ${app}`,
    ])
      await owner.query(statement);
    await owner.query("COMMIT");
  } catch (error) {
    await owner.query("ROLLBACK");
    throw error;
  }
}
