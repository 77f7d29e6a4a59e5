-- better-auth 1.7's two-factor plugin keeps an enrolment unverified until its first code, and
-- counts failed codes per user to lock guessing.
ALTER TABLE "TwoFactor" ADD COLUMN "verified" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN "failedVerificationCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "lockedUntil" TIMESTAMP(3);
