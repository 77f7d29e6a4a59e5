-- CreateEnum
CREATE TYPE "Nt2ProviderKind" AS ENUM ('CVO', 'CBE', 'UNIVERSITY_LANGUAGE_CENTRE', 'HUIS_VAN_HET_NEDERLANDS');

-- AlterTable
ALTER TABLE "Invitation" ALTER COLUMN "invitedById" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "nt2Kind" "Nt2ProviderKind",
ADD COLUMN     "servedRegions" "Region"[] DEFAULT ARRAY[]::"Region"[];

-- CreateTable
CREATE TABLE "Nt2ServedMunicipality" (
    "organisationId" UUID NOT NULL,
    "municipalityNis" VARCHAR(5) NOT NULL,

    CONSTRAINT "Nt2ServedMunicipality_pkey" PRIMARY KEY ("organisationId","municipalityNis")
);

-- CreateIndex
CREATE INDEX "Nt2ServedMunicipality_municipalityNis_idx" ON "Nt2ServedMunicipality"("municipalityNis");

-- AddForeignKey
ALTER TABLE "Nt2ServedMunicipality" ADD CONSTRAINT "Nt2ServedMunicipality_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nt2ServedMunicipality" ADD CONSTRAINT "Nt2ServedMunicipality_municipalityNis_fkey" FOREIGN KEY ("municipalityNis") REFERENCES "Municipality"("nisCode") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Existing NT2 providers keep serving the region they were in (what the referral form assumed until now).
UPDATE "Organisation" SET "servedRegions" = ARRAY["region"] WHERE "type" = 'NT2_PROVIDER' AND "region" IS NOT NULL;
