-- Official figures arrive through a preview the administrator confirms; figures per municipality
-- and month read persons and registrations by (municipality, createdAt).
-- CreateEnum
CREATE TYPE "OfficialFigureImportStatus" AS ENUM ('PREVIEW', 'IMPORTED');

-- CreateTable
CREATE TABLE "OfficialFigureImport" (
    "id" UUID NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "status" "OfficialFigureImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "rowCount" INTEGER NOT NULL,
    "rows" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedAt" TIMESTAMP(3),

    CONSTRAINT "OfficialFigureImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OfficialFigureImport_createdById_createdAt_idx" ON "OfficialFigureImport"("createdById", "createdAt");

-- CreateIndex
CREATE INDEX "Person_municipalityNis_createdAt_idx" ON "Person"("municipalityNis", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_municipalityNis_createdAt_idx" ON "Registration"("municipalityNis", "createdAt");


ALTER TABLE "OfficialFigureImport"
  ADD CONSTRAINT "OfficialFigureImport_row_count_not_negative" CHECK ("rowCount" >= 0);
