-- CreateEnum
CREATE TYPE "QuestionTopic" AS ENUM ('RESIDENCE_STATUS', 'FAMILY_REUNIFICATION', 'INTERNATIONAL_FAMILY_LAW', 'NATIONALITY_DOCUMENTS', 'HOUSING', 'WORK', 'EDUCATION', 'HEALTH_WELFARE', 'LIVING_TOGETHER', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportRegion" AS ENUM ('ANTWERPEN', 'LIMBURG', 'OOST_VLAANDEREN', 'VLAAMS_BRABANT', 'WEST_VLAANDEREN', 'BRUSSELS');

-- CreateEnum
CREATE TYPE "QuestionStatus" AS ENUM ('NEW', 'TAKEN', 'WAITING_FOR_ASKER', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "QuestionMessageKind" AS ENUM ('ANSWER', 'ASK_BACK', 'REPLY', 'PASS', 'STATUS');

-- CreateEnum
CREATE TYPE "PublishedAnswerStatus" AS ENUM ('PROPOSED', 'PUBLISHED');

-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'AGII_ADVISER';

-- CreateTable
CREATE TABLE "AdviserProfile" (
    "userId" TEXT NOT NULL,
    "topics" "QuestionTopic"[],
    "regions" "SupportRegion"[],

    CONSTRAINT "AdviserProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "QuestionTopicTarget" (
    "topic" "QuestionTopic" NOT NULL,
    "workingDays" INTEGER NOT NULL,

    CONSTRAINT "QuestionTopicTarget_pkey" PRIMARY KEY ("topic")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" UUID NOT NULL,
    "topic" "QuestionTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "municipalityNis" VARCHAR(5) NOT NULL,
    "region" "SupportRegion" NOT NULL,
    "status" "QuestionStatus" NOT NULL DEFAULT 'NEW',
    "version" INTEGER NOT NULL DEFAULT 1,
    "askedById" TEXT NOT NULL,
    "askerOrganisationId" UUID NOT NULL,
    "assignedToId" TEXT,
    "firstAnswerDueAt" TIMESTAMP(3) NOT NULL,
    "firstAnsweredAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionMessage" (
    "id" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "QuestionMessageKind" NOT NULL,
    "body" TEXT NOT NULL,
    "fromStatus" "QuestionStatus",
    "toStatus" "QuestionStatus",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedAnswer" (
    "id" UUID NOT NULL,
    "topic" "QuestionTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "status" "PublishedAnswerStatus" NOT NULL DEFAULT 'PROPOSED',
    "searchText" TEXT NOT NULL,
    "sourceQuestionId" UUID,
    "authorId" TEXT NOT NULL,
    "approvedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "lastReviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Question_status_topic_region_firstAnswerDueAt_idx" ON "Question"("status", "topic", "region", "firstAnswerDueAt");

-- CreateIndex
CREATE INDEX "Question_askerOrganisationId_createdAt_idx" ON "Question"("askerOrganisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Question_municipalityNis_createdAt_idx" ON "Question"("municipalityNis", "createdAt");

-- CreateIndex
CREATE INDEX "Question_closedAt_idx" ON "Question"("closedAt");

-- CreateIndex
CREATE INDEX "QuestionMessage_questionId_createdAt_idx" ON "QuestionMessage"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "PublishedAnswer_status_topic_publishedAt_idx" ON "PublishedAnswer"("status", "topic", "publishedAt");

-- CreateIndex
CREATE INDEX "PublishedAnswer_searchText_idx" ON "PublishedAnswer" USING GIN ("searchText" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "AdviserProfile" ADD CONSTRAINT "AdviserProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_municipalityNis_fkey" FOREIGN KEY ("municipalityNis") REFERENCES "Municipality"("nisCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_askerOrganisationId_fkey" FOREIGN KEY ("askerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionMessage" ADD CONSTRAINT "QuestionMessage_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionMessage" ADD CONSTRAINT "QuestionMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedAnswer" ADD CONSTRAINT "PublishedAnswer_sourceQuestionId_fkey" FOREIGN KEY ("sourceQuestionId") REFERENCES "Question"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedAnswer" ADD CONSTRAINT "PublishedAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedAnswer" ADD CONSTRAINT "PublishedAnswer_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hand-written: Dutch full-text search over published answers (title weighs most). Prisma does not
-- model expression indexes; the trigram index on searchText above is the other way to find them
-- (bench/README.md says which found similar answers better).
CREATE INDEX "PublishedAnswer_dutch_fts_idx" ON "PublishedAnswer" USING GIN (
  (setweight(to_tsvector('dutch', "title"), 'A') || to_tsvector('dutch', "question" || ' ' || "answer"))
);

-- A first-answer target is at least one working day.
ALTER TABLE "QuestionTopicTarget" ADD CONSTRAINT "QuestionTopicTarget_workingDays_check" CHECK ("workingDays" BETWEEN 1 AND 30);
-- An approval comes from a second adviser, never from the author.
ALTER TABLE "PublishedAnswer" ADD CONSTRAINT "PublishedAnswer_second_approver_check" CHECK ("approvedById" IS NULL OR "approvedById" <> "authorId");
ALTER TABLE "PublishedAnswer" ADD CONSTRAINT "PublishedAnswer_published_check" CHECK (("status" = 'PUBLISHED') = ("approvedById" IS NOT NULL AND "publishedAt" IS NOT NULL));
