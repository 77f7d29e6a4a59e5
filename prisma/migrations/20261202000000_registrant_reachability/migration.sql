-- Issue 18 item 1: every registrant reachable. Messages go by e-mail or by SMS; a staff member who
-- books for someone is copied in their own language; a cancelled session knows when, for its call list.
CREATE TYPE "OutboxChannel" AS ENUM ('MAIL', 'SMS');

ALTER TABLE "OutboxMessage" ADD COLUMN     "channel" "OutboxChannel" NOT NULL DEFAULT 'MAIL';

ALTER TABLE "Registration" ADD COLUMN     "registrarLocale" "Locale";

ALTER TABLE "Infosession" ADD COLUMN     "cancelledAt" TIMESTAMP(3);
