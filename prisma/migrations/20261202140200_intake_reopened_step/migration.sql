-- A completed intake is read-only except the one step opened again with "change" (issue 18, item 7).
ALTER TABLE "Intake" ADD COLUMN "reopenedStep" TEXT;
ALTER TABLE "Intake" ADD CONSTRAINT "Intake_reopenedStep_check"
  CHECK ("reopenedStep" IS NULL OR "reopenedStep" IN ('needs', 'information', 'referrals', 'follow-up'));
