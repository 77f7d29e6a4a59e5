/**
 * Loads the demo data. Idempotent: running it again adds nothing that is already there, and tops up
 * upcoming infosessions so the demo never shows an empty catalogue.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "better-auth/crypto";
import { PrismaClient } from "../src/server/generated/prisma/client";
import { demoOrganisations, demoPassword, demoUsers } from "./demo-data";
import { ensureUpcomingInfosessions } from "./demo-infosessions";
import { ensureDemoCases } from "./demo-cases";
import { ensureDemoVolume } from "./demo-volume";
import { ensureDemoAdviserProfiles } from "./demo-questions";

const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });

async function main() {
  // Municipalities are reference data loaded by a migration (prisma/reference-data), not demo data.
  for (const organisation of demoOrganisations) {
    await prisma.organisation.upsert({ where: { id: organisation.id }, update: {}, create: organisation });
  }
  for (const user of demoUsers) {
    await prisma.user.upsert({
      where: { id: user.id },
      update: {},
      create: { ...user, emailVerified: true },
    });
    await ensureDemoCredential(user.id);
  }
  await ensureDemoAdviserProfiles(prisma);
  const created = await ensureUpcomingInfosessions(prisma, new Date());
  await ensureDemoCases(prisma, new Date());
  const persons = await ensureDemoVolume(prisma, new Date());
  console.log(`Demo data ready (${created} infosessions, ${persons} invented persons added).`);
}

/** A better-auth credential with the demo password, hashed by better-auth's own hasher so sign-in verifies it. */
async function ensureDemoCredential(userId: string) {
  const existing = await prisma.account.findFirst({
    where: { userId, providerId: "credential" },
    select: { id: true },
  });
  if (existing) return;
  await prisma.account.create({
    data: { userId, accountId: userId, providerId: "credential", password: await hashPassword(demoPassword) },
  });
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
