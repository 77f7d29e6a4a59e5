-- A non-NT2 referral without a receiving organisation is a to-do, not something sent (issue 18, item 5).
-- The new value is used by the next migration: PostgreSQL refuses a new enum value in the transaction that adds it.
ALTER TYPE "ReferralStatus" ADD VALUE 'SUGGESTED' BEFORE 'SENT';
