-- Referrals the intake marked "sent" while nobody received them were never sent: they become the
-- caseworker's to-dos, and their history says so too (a withdrawn one was withdrawn as a to-do), so
-- that the figures stop counting them as sent.
UPDATE "ReferralStatusChange" AS change
SET "toStatus" = 'SUGGESTED'
FROM "Referral" AS referral
WHERE change."referralId" = referral."id"
  AND referral."type" <> 'NT2'
  AND referral."targetOrganisationId" IS NULL
  AND change."toStatus" = 'SENT';

UPDATE "ReferralStatusChange" AS change
SET "fromStatus" = 'SUGGESTED'
FROM "Referral" AS referral
WHERE change."referralId" = referral."id"
  AND referral."type" <> 'NT2'
  AND referral."targetOrganisationId" IS NULL
  AND change."fromStatus" = 'SENT';

UPDATE "Referral"
SET "status" = 'SUGGESTED', "version" = "version" + 1
WHERE "type" <> 'NT2' AND "status" = 'SENT' AND "targetOrganisationId" IS NULL;
