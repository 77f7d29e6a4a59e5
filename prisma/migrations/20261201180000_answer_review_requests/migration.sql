-- AlterTable: when an answer's author was mailed to review it (issue 15: answers older than 12 months).
ALTER TABLE "PublishedAnswer" ADD COLUMN     "reviewRequestedAt" TIMESTAMP(3);
