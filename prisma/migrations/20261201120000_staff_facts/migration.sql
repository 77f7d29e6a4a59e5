-- Facts staff keep current (issue 12): a content editor role, the current value of a fact, and its history.

-- AlterEnum
ALTER TYPE "StaffRole" ADD VALUE 'CONTENT_EDITOR';

-- CreateEnum
CREATE TYPE "FactConfidence" AS ENUM ('high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "FactChange" AS ENUM ('EDIT', 'CHECKED', 'REVERT');

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "source" JSONB NOT NULL,
    "checkedOn" DATE NOT NULL,
    "confidence" "FactConfidence" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactVersion" (
    "id" UUID NOT NULL,
    "factId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "change" "FactChange" NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FactVersion_factId_number_key" ON "FactVersion"("factId", "number");

-- AddForeignKey
ALTER TABLE "FactVersion" ADD CONSTRAINT "FactVersion_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a version is history; it is never rewritten (a revert is a new version).
CREATE FUNCTION fact_version_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'FactVersion is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "FactVersion_append_only"
  BEFORE UPDATE ON "FactVersion"
  FOR EACH ROW EXECUTE FUNCTION fact_version_is_append_only();
