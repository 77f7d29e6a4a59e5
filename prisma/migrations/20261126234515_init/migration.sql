-- CreateEnum
CREATE TYPE "Region" AS ENUM ('FLANDERS', 'BRUSSELS');

-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('AGII', 'MUNICIPALITY', 'OCMW', 'NT2_PROVIDER', 'PARTNER');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'CASEWORKER', 'MUNICIPALITY_OFFICER', 'NT2_PROVIDER');

-- CreateEnum
CREATE TYPE "HousingSituation" AS ENUM ('HOST_FAMILY', 'COLLECTIVE_SHELTER', 'OWN_RENTAL', 'OTHER');

-- CreateEnum
CREATE TYPE "HouseholdRelation" AS ENUM ('HEAD', 'PARTNER', 'CHILD', 'PARENT', 'SIBLING', 'OTHER');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('nl', 'uk', 'en', 'ru');

-- CreateEnum
CREATE TYPE "InfosessionSeries" AS ENUM ('SERIES_1', 'SERIES_2', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "InfosessionStatus" AS ENUM ('SCHEDULED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "RegistrantType" AS ENUM ('SELF', 'HOST_FAMILY', 'VOLUNTEER', 'CASEWORKER', 'OTHER');

-- CreateEnum
CREATE TYPE "IntakeStatus" AS ENUM ('DRAFT', 'COMPLETED');

-- CreateEnum
CREATE TYPE "NeedTopic" AS ENUM ('DUTCH_LESSONS', 'SCHOOLING_OF_MINORS', 'CHILDREN', 'WORK', 'STUDY_OR_TRAINING', 'HEALTH_AND_WELLBEING', 'HOUSING', 'OTHER');

-- CreateEnum
CREATE TYPE "InformationTopic" AS ENUM ('CHILDREN', 'WORK', 'STUDY_OR_TRAINING', 'HEALTH_AND_WELLBEING', 'HOUSING', 'CIVIC_INTEGRATION', 'OTHER');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ReferralType" AS ENUM ('NT2', 'EDUCATION', 'WORK', 'HEALTH', 'HOUSING', 'INTERPRETER', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'ACCEPTED', 'DECLINED', 'ENROLLED', 'COMPLETED', 'DROPPED_OUT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "IntendedStay" AS ENUM ('QUICK_RETURN', 'LONGER_STAY');

-- CreateEnum
CREATE TYPE "PriorSchooling" AS ENUM ('NONE', 'PRIMARY', 'SECONDARY', 'HIGHER');

-- CreateEnum
CREATE TYPE "CourseMode" AS ENUM ('ONLINE', 'ON_SITE', 'EITHER');

-- CreateEnum
CREATE TYPE "InterpreterMode" AS ENUM ('ON_SITE', 'PHONE', 'VIDEO');

-- CreateEnum
CREATE TYPE "InterpreterRequestStatus" AS ENUM ('REQUESTED', 'ASSIGNED', 'CONFIRMED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'ERASE', 'ANONYMISE', 'DENIED', 'SIGN_IN', 'SIGN_IN_FAILED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'DEAD');

-- CreateTable
CREATE TABLE "Municipality" (
    "nisCode" VARCHAR(5) NOT NULL,
    "nameNl" TEXT NOT NULL,
    "region" "Region" NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("nisCode")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "municipalityNis" VARCHAR(5),
    "region" "Region",
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "StaffRole" NOT NULL,
    "organisationId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "twoFactorEnabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "password" TEXT,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TwoFactor" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "backupCodes" TEXT NOT NULL,

    CONSTRAINT "TwoFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "organisationId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Household" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "municipalityNis" VARCHAR(5),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "municipalityNis" VARCHAR(5),
    "householdId" UUID,
    "relationToHead" "HouseholdRelation",
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstNameCyrillic" TEXT,
    "lastNameCyrillic" TEXT,
    "searchName" TEXT NOT NULL,
    "birthDate" DATE,
    "nationality" VARCHAR(3),
    "languages" TEXT[],
    "email" TEXT,
    "phone" TEXT,
    "arrivalDate" DATE,
    "tpCertificateDate" DATE,
    "inNationalRegister" BOOLEAN NOT NULL DEFAULT false,
    "nationalRegisterDate" DATE,
    "housing" "HousingSituation",
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "anonymisedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Infosession" (
    "id" UUID NOT NULL,
    "series" "InfosessionSeries" NOT NULL,
    "language" "Locale" NOT NULL,
    "region" "Region" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "meetingUrl" TEXT NOT NULL,
    "status" "InfosessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Infosession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "seats" INTEGER NOT NULL,
    "registrantType" "RegistrantType" NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "contactKey" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "municipalityNis" VARCHAR(5),
    "manageTokenHash" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "bookingGroupId" UUID,
    "personId" UUID,
    "registeredById" TEXT,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "queuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "reminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendee" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "birthYear" INTEGER NOT NULL,

    CONSTRAINT "Attendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Intake" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "householdId" UUID,
    "organisationId" UUID NOT NULL,
    "caseworkerId" TEXT NOT NULL,
    "status" "IntakeStatus" NOT NULL DEFAULT 'DRAFT',
    "conductedOn" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Intake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntakeNeed" (
    "id" UUID NOT NULL,
    "intakeId" UUID NOT NULL,
    "topic" "NeedTopic" NOT NULL,
    "note" TEXT,

    CONSTRAINT "IntakeNeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntakeInformation" (
    "id" UUID NOT NULL,
    "intakeId" UUID NOT NULL,
    "topic" "InformationTopic" NOT NULL,
    "note" TEXT,

    CONSTRAINT "IntakeInformation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "intakeId" UUID,
    "personId" UUID NOT NULL,
    "caseworkerId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL DEFAULT 'PLANNED',
    "note" TEXT,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "intakeId" UUID,
    "type" "ReferralType" NOT NULL,
    "fromOrganisationId" UUID NOT NULL,
    "targetOrganisationId" UUID,
    "createdById" TEXT NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'SENT',
    "note" TEXT,
    "declineReason" TEXT,
    "consentAt" TIMESTAMP(3),
    "consentOverrideReason" TEXT,
    "consentOverrideById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Nt2Profile" (
    "referralId" UUID NOT NULL,
    "cvoProfile" BOOLEAN NOT NULL,
    "digitallySkilled" BOOLEAN NOT NULL,
    "intendedStay" "IntendedStay" NOT NULL,
    "priorSchooling" "PriorSchooling" NOT NULL,
    "availability" TEXT[],
    "mode" "CourseMode" NOT NULL,
    "region" "Region" NOT NULL,

    CONSTRAINT "Nt2Profile_pkey" PRIMARY KEY ("referralId")
);

-- CreateTable
CREATE TABLE "ReferralStatusChange" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "fromStatus" "ReferralStatus",
    "toStatus" "ReferralStatus" NOT NULL,
    "reason" TEXT,
    "changedById" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterpreterRequest" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "requestedById" TEXT NOT NULL,
    "personId" UUID,
    "language" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "mode" "InterpreterMode" NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" "InterpreterRequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "interpreterName" TEXT,
    "declineReason" TEXT,
    "handledById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InterpreterRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialFigure" (
    "id" UUID NOT NULL,
    "municipalityNis" VARCHAR(5) NOT NULL,
    "date" DATE NOT NULL,
    "certificates" INTEGER NOT NULL,
    "registered" INTEGER NOT NULL,
    "importId" UUID NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficialFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorRole" "StaffRole",
    "organisationId" UUID,
    "action" "AuditAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE INDEX "Organisation_type_idx" ON "Organisation"("type");

-- CreateIndex
CREATE INDEX "Organisation_municipalityNis_idx" ON "Organisation"("municipalityNis");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE INDEX "TwoFactor_userId_idx" ON "TwoFactor"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Household_organisationId_idx" ON "Household"("organisationId");

-- CreateIndex
CREATE INDEX "Person_organisationId_idx" ON "Person"("organisationId");

-- CreateIndex
CREATE INDEX "Person_municipalityNis_idx" ON "Person"("municipalityNis");

-- CreateIndex
CREATE INDEX "Person_householdId_idx" ON "Person"("householdId");

-- CreateIndex
CREATE INDEX "Person_lastActivityAt_idx" ON "Person"("lastActivityAt");

-- CreateIndex
CREATE INDEX "Infosession_startsAt_idx" ON "Infosession"("startsAt");

-- CreateIndex
CREATE INDEX "Infosession_language_region_series_startsAt_idx" ON "Infosession"("language", "region", "series", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_manageTokenHash_key" ON "Registration"("manageTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_idempotencyKey_key" ON "Registration"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Registration_sessionId_status_queuedAt_idx" ON "Registration"("sessionId", "status", "queuedAt");

-- CreateIndex
CREATE INDEX "Registration_bookingGroupId_idx" ON "Registration"("bookingGroupId");

-- CreateIndex
CREATE INDEX "Registration_municipalityNis_idx" ON "Registration"("municipalityNis");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_one_active_per_contact" ON "Registration"("sessionId", "contactKey") WHERE (status = ANY (ARRAY['CONFIRMED'::"RegistrationStatus", 'WAITLISTED'::"RegistrationStatus"]));

-- CreateIndex
CREATE UNIQUE INDEX "Registration_one_active_per_person" ON "Registration"("sessionId", "personId") WHERE (status = ANY (ARRAY['CONFIRMED'::"RegistrationStatus", 'WAITLISTED'::"RegistrationStatus"]));

-- CreateIndex
CREATE INDEX "Attendee_registrationId_idx" ON "Attendee"("registrationId");

-- CreateIndex
CREATE INDEX "Intake_personId_idx" ON "Intake"("personId");

-- CreateIndex
CREATE INDEX "Intake_organisationId_createdAt_idx" ON "Intake"("organisationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeNeed_intakeId_topic_key" ON "IntakeNeed"("intakeId", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeInformation_intakeId_topic_key" ON "IntakeInformation"("intakeId", "topic");

-- CreateIndex
CREATE INDEX "FollowUp_caseworkerId_status_dueOn_idx" ON "FollowUp"("caseworkerId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "FollowUp_personId_idx" ON "FollowUp"("personId");

-- CreateIndex
CREATE INDEX "Referral_targetOrganisationId_status_idx" ON "Referral"("targetOrganisationId", "status");

-- CreateIndex
CREATE INDEX "Referral_fromOrganisationId_createdAt_idx" ON "Referral"("fromOrganisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_personId_idx" ON "Referral"("personId");

-- CreateIndex
CREATE INDEX "ReferralStatusChange_referralId_changedAt_idx" ON "ReferralStatusChange"("referralId", "changedAt");

-- CreateIndex
CREATE INDEX "InterpreterRequest_organisationId_status_idx" ON "InterpreterRequest"("organisationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialFigure_municipalityNis_date_key" ON "OfficialFigure"("municipalityNis", "date");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_at_idx" ON "AuditEvent"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "RateLimitCounter_windowStart_idx" ON "RateLimitCounter"("windowStart");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityNis_fkey" FOREIGN KEY ("municipalityNis") REFERENCES "Municipality"("nisCode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwoFactor" ADD CONSTRAINT "TwoFactor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Household" ADD CONSTRAINT "Household_municipalityNis_fkey" FOREIGN KEY ("municipalityNis") REFERENCES "Municipality"("nisCode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_municipalityNis_fkey" FOREIGN KEY ("municipalityNis") REFERENCES "Municipality"("nisCode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Infosession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_municipalityNis_fkey" FOREIGN KEY ("municipalityNis") REFERENCES "Municipality"("nisCode") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intake" ADD CONSTRAINT "Intake_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intake" ADD CONSTRAINT "Intake_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intake" ADD CONSTRAINT "Intake_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intake" ADD CONSTRAINT "Intake_caseworkerId_fkey" FOREIGN KEY ("caseworkerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeNeed" ADD CONSTRAINT "IntakeNeed_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IntakeInformation" ADD CONSTRAINT "IntakeInformation_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_caseworkerId_fkey" FOREIGN KEY ("caseworkerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_intakeId_fkey" FOREIGN KEY ("intakeId") REFERENCES "Intake"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_fromOrganisationId_fkey" FOREIGN KEY ("fromOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_targetOrganisationId_fkey" FOREIGN KEY ("targetOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nt2Profile" ADD CONSTRAINT "Nt2Profile_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralStatusChange" ADD CONSTRAINT "ReferralStatusChange_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralStatusChange" ADD CONSTRAINT "ReferralStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterpreterRequest" ADD CONSTRAINT "InterpreterRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficialFigure" ADD CONSTRAINT "OfficialFigure_municipalityNis_fkey" FOREIGN KEY ("municipalityNis") REFERENCES "Municipality"("nisCode") ON DELETE RESTRICT ON UPDATE CASCADE;
