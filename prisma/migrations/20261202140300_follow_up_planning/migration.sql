-- Follow-ups planned from the person's page: a time, a purpose and whether an interpreter is needed;
-- marking one as held records its outcome (issue 18, items 9 and 10).
ALTER TABLE "FollowUp" ADD COLUMN "dueTime" TEXT,
ADD COLUMN "purpose" TEXT,
ADD COLUMN "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "outcome" TEXT;
