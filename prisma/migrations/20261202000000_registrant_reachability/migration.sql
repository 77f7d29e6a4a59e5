-- Issue 18 item 1: every registrant reachable. Messages go by e-mail or by SMS; a staff member who
-- books for someone is copied in their own language; a cancelled session knows when, for its call list.
CREATE TYPE "OutboxChannel" AS ENUM ('MAIL', 'SMS');

ALTER TABLE "OutboxMessage" ADD COLUMN     "channel" "OutboxChannel" NOT NULL DEFAULT 'MAIL';

ALTER TABLE "Registration" ADD COLUMN     "registrarLocale" "Locale";

ALTER TABLE "Infosession" ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "movedAt" TIMESTAMP(3);

-- A caseworker may book a person who has neither e-mail nor phone: the caseworker who booked is
-- then the one reached (copies in their own language), instead of being written in as the contact.
ALTER TABLE "Registration" DROP CONSTRAINT "Registration_contact_reachable";
ALTER TABLE "Registration"
  ADD CONSTRAINT "Registration_contact_reachable" CHECK ("contactEmail" IS NOT NULL OR "contactPhone" IS NOT NULL OR "registeredById" IS NOT NULL);
