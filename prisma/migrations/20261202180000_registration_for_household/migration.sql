-- A household booking takes a seat per adult only, so "more than one seat" no longer marks it:
-- the booking says so itself. Earlier household bookings are the caseworkers' with several seats.
ALTER TABLE "Registration" ADD COLUMN "forHousehold" BOOLEAN NOT NULL DEFAULT false;
UPDATE "Registration" SET "forHousehold" = true WHERE "registrantType" = 'CASEWORKER' AND "seats" > 1;
