/**
 * Loads the demo data. Idempotent: running it again adds nothing that is already there, and tops up
 * upcoming infosessions so the demo never shows an empty catalogue.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/server/generated/prisma/client";
import { demoMunicipalities, demoOrganisations, demoUsers } from "./demo-data";
import { ensureUpcomingInfosessions } from "./demo-infosessions";
import { ensureDemoCases } from "./demo-cases";

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });

async function main() {
  for (const municipality of demoMunicipalities) {
    await prisma.municipality.upsert({ where: { nisCode: municipality.nisCode }, update: {}, create: municipality });
  }
  for (const organisation of demoOrganisations) {
    await prisma.organisation.upsert({ where: { id: organisation.id }, update: {}, create: organisation });
  }
  for (const user of demoUsers) {
    await prisma.user.upsert({ where: { id: user.id }, update: {}, create: { ...user, emailVerified: true } });
  }
  const created = await ensureUpcomingInfosessions(prisma, new Date());
  await ensureDemoCases(prisma, new Date());
  console.log(`Demo data ready (${created} infosessions added).`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
