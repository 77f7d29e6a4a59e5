-- Person search compares what a caseworker types with every Latin form of a name (see
-- src/domain/cases/transliteration.ts); a trigram index keeps similarity and ILIKE fast.
-- pg_trgm is created by the constraints migration.

-- CreateIndex
CREATE INDEX "Person_searchName_idx" ON "Person" USING GIN ("searchName" gin_trgm_ops);
