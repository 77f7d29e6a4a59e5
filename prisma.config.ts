import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's CLI would download a native schema engine binary from a host that is
// unreachable here; scripts/prisma-schema-engine.mjs stands in for it (see
// the comment at its top). An explicitly set PRISMA_SCHEMA_ENGINE_BINARY wins.
const projectRoot = path.dirname(fileURLToPath(import.meta.url));
process.env.PRISMA_SCHEMA_ENGINE_BINARY ||= path.join(projectRoot, "scripts", "prisma-schema-engine.mjs");
// No checksum files come with the stand-in: don't fail (or try to download) over them.
process.env.PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING ||= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Read directly, not with prisma/config's env(), which throws when the
    // variable is unset: `prisma generate` needs no database. Commands that do
    // need one report the missing URL themselves.
    url: process.env.DATABASE_URL,
    // Optional. Without it the schema engine creates and drops a temporary
    // database `prisma_migrate_shadow_db_<uuid>` on the same server.
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
