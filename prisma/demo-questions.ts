import type { PrismaClient } from "../src/server/generated/prisma/client";
import { legalTopics } from "../src/domain/questions/topics";

/** The demo advisers' profiles: both answer every legal topic (one service for all regions). */
export async function ensureDemoAdviserProfiles(prisma: PrismaClient) {
  for (const userId of ["demo-adviser", "demo-adviser-2"]) {
    await prisma.adviserProfile.upsert({
      where: { userId },
      update: {},
      create: { userId, topics: [...legalTopics], regions: [] },
    });
  }
}
