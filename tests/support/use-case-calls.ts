/**
 * One call per staff use-case, for the permission matrix (tests/integration/permission-matrix.test.ts).
 * Each row names the use-case, the permission that the table in src/domain/permissions.ts must grant
 * for it to run (several: any of them), and a call with valid input. A signature change is adapted
 * here, in one place. Calls on an unknown id are enough where the use-case checks the permission
 * before the lookup: an allowed role gets as far as the lookup, which finds nothing (NOT_FOUND).
 */
import type { Permission } from "@/domain/permissions";
import { inviteStaff } from "@/server/accounts/invite-staff";
import {
  listAccounts,
  listOpenInvitations,
  listOrganisations,
  resetTwoFactor,
  setAccountActive,
  updateAccount,
} from "@/server/accounts/manage-accounts";
import { listAuditActors, listAuditEvents } from "@/server/audit-log/list-audit-events";
import type { Actor } from "@/server/auth/actor";
import { authorize } from "@/server/auth/authorize";
import { denyAsNotFound } from "@/server/auth/deny";
import * as scopes from "@/server/auth/scopes";
import { confirmEnrolment } from "@/server/auth/two-factor-enrolment";
import { addHouseholdMember } from "@/server/cases/add-household-member";
import { completeFollowUp } from "@/server/cases/complete-follow-up";
import { completeIntake } from "@/server/cases/complete-intake";
import { createHousehold } from "@/server/cases/create-household";
import { createPerson } from "@/server/cases/create-person";
import { erasePerson } from "@/server/cases/erase-person";
import { exportPerson } from "@/server/cases/export-person";
import { getPlannedFollowUp } from "@/server/cases/get-follow-up";
import { getHousehold } from "@/server/cases/get-household";
import { getIntake, getIntakeBookings, listFollowUpCaseworkers } from "@/server/cases/get-intake";
import { getPerson, getPersonCaseOverview, getPersonName } from "@/server/cases/get-person";
import { listMyFollowUps } from "@/server/cases/list-my-follow-ups";
import { listSessionChoices } from "@/server/cases/list-session-choices";
import { planFollowUp } from "@/server/cases/plan-follow-up";
import { registerPersonForInfosession } from "@/server/cases/register-person-for-infosession";
import { removeHouseholdMember } from "@/server/cases/remove-household-member";
import { reopenIntakeStep } from "@/server/cases/reopen-intake-step";
import { saveIntakeStep } from "@/server/cases/save-intake-step";
import { searchPersons } from "@/server/cases/search-persons";
import { startIntake } from "@/server/cases/start-intake";
import { updatePerson } from "@/server/cases/update-person";
import { db } from "@/server/db";
import { giveWaitlistPlace } from "@/server/infosessions/admin/give-place";
import { unreachedRegistrants } from "@/server/infosessions/admin/unreached-registrants";
import { taskListFor } from "@/server/overview/task-list";
import type { AppErrorCode } from "@/server/errors";
import { changeFact } from "@/server/facts/change-fact";
import { factsNeedingReview, listFacts, listFactVersions } from "@/server/facts/list-facts";
import { compareMunicipalities } from "@/server/figures/compare-municipalities";
import { exportFigures } from "@/server/figures/export-figures";
import { getFigures, placeForActor, seesExactCounts } from "@/server/figures/get-figures";
import {
  confirmOfficialFiguresImport,
  getImportPreview,
  previewOfficialFiguresImport,
} from "@/server/figures/import-official-figures";
import { listMunicipalitiesForFigures } from "@/server/figures/list-municipalities";
import {
  cancelSession,
  createSession,
  recordAttendance,
  updateSession,
} from "@/server/infosessions/admin/manage-sessions";
import {
  exportRegistrationsCsv,
  listSessionsForAdmin,
  sessionDetailForAdmin,
} from "@/server/infosessions/admin/read-sessions";
import {
  cancelInterpreterRequest,
  handleInterpreterRequest,
} from "@/server/interpreters/handle-interpreter-request";
import { listInterpreterRequests } from "@/server/interpreters/list-interpreter-requests";
import { requestInterpreter } from "@/server/interpreters/request-interpreter";
import { listOutbox } from "@/server/mail/list-outbox";
import {
  createOrganisation,
  getOrganisation,
  listOrganisationsToManage,
  setOrganisationActive,
  updateOrganisation,
} from "@/server/organisations/manage-organisations";
import {
  listAdviserProfiles,
  saveAdviserProfile,
  saveTopicTarget,
} from "@/server/questions/adviser-profiles";
import { askQuestion } from "@/server/questions/ask-question";
import { getQuestion } from "@/server/questions/get-question";
import { listQuestions } from "@/server/questions/list-questions";
import { municipalitiesToAskAbout } from "@/server/questions/municipalities";
import { approveAnswer, markAnswerReviewed, proposeAnswer } from "@/server/questions/publish-answer";
import { questionFigures } from "@/server/questions/question-figures";
import { isAskerSide } from "@/server/questions/scope";
import { answersToLookAt, searchAnswers, similarAnswers } from "@/server/questions/search-answers";
import { answersQuestions, stepQuestion } from "@/server/questions/step-question";
import { changeReferralStatus } from "@/server/referrals/change-referral-status";
import { createNt2Referral } from "@/server/referrals/create-nt2-referral";
import { getReferral } from "@/server/referrals/get-referral";
import { listReferrals } from "@/server/referrals/list-referrals";
import { nt2ReferralForm } from "@/server/referrals/nt2-referral-form";
import { personReferralTimeline } from "@/server/referrals/person-referral-timeline";
import { listReferralTargets } from "@/server/referrals/list-referral-targets";
import { sendSuggestedReferral } from "@/server/referrals/send-suggested-referral";
import { aMunicipality, aPerson, aReferral, aSuggestedReferral, nt2Profile } from "./factories";

/** A fresh account in a fresh organisation (not the actor's) that a row may act on. */
export type Target = { userId: string; organisationId: string };

export type UseCaseCall = {
  useCase: (actor: Actor, ...rest: never[]) => unknown;
  /** What the row tries, when a use-case has several rows. */
  name?: string;
  permission: Permission | Permission[];
  call: (actor: Actor, target: Target) => Promise<unknown>;
};

const unknownId = "00000000-0000-4000-9000-00000000feed";

/** An allowed role may end at one of these: the permission check let it through to the data. */
const endsWith =
  (...codes: AppErrorCode[]) =>
  (error: { code?: AppErrorCode }) => {
    if (!error.code || !codes.includes(error.code)) throw error;
  };
const notFoundIsFine = endsWith("NOT_FOUND");

const partner = {
  name: "Partner",
  type: "PARTNER" as const,
  region: "FLANDERS" as const,
  servedRegions: [],
  servedMunicipalities: [],
};
const question = {
  topic: "HOUSING",
  title: "Huurwaarborg",
  body: "Hoe regelt een gezin de huurwaarborg bij tijdelijke bescherming?",
  municipalityNis: "24062",
};
const answer = {
  topic: "HOUSING",
  title: "Huurwaarborg",
  question: "Hoe regelt een gezin de huurwaarborg bij tijdelijke bescherming?",
  answer: "Het OCMW kan een huurwaarborg voorschieten; vraag het aan bij je eigen dienst.",
};
const person = { firstName: "Olena", lastName: "Kovalenko", languages: ["uk"] };
const session = {
  series: "SERIES_1" as const,
  language: "uk" as const,
  region: "FLANDERS" as const,
  startsAtLocal: "2027-03-01T10:00",
  durationMinutes: 120,
  capacity: 10,
  meetingUrl: "https://meet.example.test/matrix",
};

/** A referral sent by the target's organisation to the actor's: the provider side is the actor's. */
async function referralTo(actor: Actor, target: Target) {
  const referred = await aPerson(target.organisationId);
  return aReferral(referred, target, actor.organisationId);
}
/** A referral sent by the actor's organisation to the target's: the referrer side is the actor's. */
async function referralFrom(actor: Actor, target: Target) {
  const referred = await aPerson(actor.organisationId);
  return aReferral(referred, actor, target.organisationId);
}

export const useCaseCalls: UseCaseCall[] = [
  // Accounts, organisations and the audit log
  { useCase: listAccounts, permission: "accounts.manage", call: (actor) => listAccounts(actor) },
  {
    useCase: listOpenInvitations,
    permission: "accounts.manage",
    call: (actor) => listOpenInvitations(actor),
  },
  { useCase: listOrganisations, permission: "accounts.manage", call: (actor) => listOrganisations(actor) },
  {
    useCase: inviteStaff,
    permission: "accounts.manage",
    call: (actor, target) =>
      inviteStaff(
        actor,
        {
          email: `invitee-${target.userId}@welkom.test`,
          role: "CASEWORKER",
          organisationId: target.organisationId,
        },
        "nl",
      ),
  },
  {
    useCase: updateAccount,
    permission: "accounts.manage",
    call: (actor, target) =>
      updateAccount(actor, target.userId, { role: "CASEWORKER", organisationId: target.organisationId }),
  },
  {
    useCase: setAccountActive,
    permission: "accounts.manage",
    call: (actor, target) => setAccountActive(actor, target.userId, false),
  },
  {
    useCase: resetTwoFactor,
    permission: "accounts.manage",
    call: (actor, target) => resetTwoFactor(actor, target.userId),
  },
  {
    useCase: listOrganisationsToManage,
    permission: "organisations.manage",
    call: (actor) => listOrganisationsToManage(actor),
  },
  {
    useCase: getOrganisation,
    permission: "organisations.manage",
    call: (actor, target) => getOrganisation(actor, target.organisationId),
  },
  {
    useCase: createOrganisation,
    permission: "organisations.manage",
    call: (actor, target) => createOrganisation(actor, { ...partner, name: `Partner ${target.userId}` }),
  },
  {
    useCase: updateOrganisation,
    permission: "organisations.manage",
    call: (actor, target) => updateOrganisation(actor, target.organisationId, partner),
  },
  {
    useCase: setOrganisationActive,
    permission: "organisations.manage",
    call: (actor, target) => setOrganisationActive(actor, target.organisationId, false),
  },
  {
    useCase: listAuditEvents,
    permission: "audit.read",
    call: (actor) =>
      listAuditEvents(actor, {
        actor: undefined,
        action: undefined,
        entityType: undefined,
        entityId: undefined,
        page: 1,
      }),
  },
  { useCase: listAuditActors, permission: "audit.read", call: (actor) => listAuditActors(actor) },
  { useCase: listOutbox, permission: "outbox.read", call: (actor) => listOutbox(actor) },

  // Cases: persons, households, intakes, follow-ups
  {
    useCase: searchPersons,
    permission: "persons.read",
    call: (actor) => searchPersons(actor, { query: "olena" }),
  },
  {
    useCase: getPerson,
    permission: "persons.read",
    call: (actor) => getPerson(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: getPersonName,
    permission: "persons.read",
    call: (actor) => getPersonName(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: getPersonCaseOverview,
    permission: "persons.read",
    call: (actor) => getPersonCaseOverview(actor, unknownId).catch(notFoundIsFine),
  },
  { useCase: createPerson, permission: "persons.write", call: (actor) => createPerson(actor, person) },
  {
    useCase: updatePerson,
    permission: "persons.write",
    call: (actor) => updatePerson(actor, { personId: unknownId, version: 1, person }).catch(notFoundIsFine),
  },
  {
    useCase: erasePerson,
    permission: "persons.erase",
    call: (actor) => erasePerson(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: exportPerson,
    permission: "persons.export",
    call: (actor) => exportPerson(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: getHousehold,
    permission: "persons.read",
    call: (actor) => getHousehold(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: createHousehold,
    permission: "persons.write",
    call: (actor) => createHousehold(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: addHouseholdMember,
    permission: "persons.write",
    call: (actor) =>
      addHouseholdMember(actor, unknownId, { personId: unknownId, relation: "CHILD" }).catch(notFoundIsFine),
  },
  {
    useCase: removeHouseholdMember,
    permission: "persons.write",
    call: (actor) => removeHouseholdMember(actor, unknownId, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: startIntake,
    permission: "intakes.write",
    call: (actor) => startIntake(actor, unknownId, { conductedOn: "2026-03-02" }).catch(notFoundIsFine),
  },
  {
    useCase: getIntake,
    permission: "intakes.read",
    call: (actor) => getIntake(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: getIntakeBookings,
    permission: "intakes.read",
    call: (actor) => getIntakeBookings(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: saveIntakeStep,
    permission: "intakes.write",
    call: (actor) =>
      saveIntakeStep(actor, { intakeId: unknownId, step: "information", version: 1, fields: {} }).catch(
        endsWith("NOT_FOUND", "INVALID_INPUT"),
      ),
  },
  {
    useCase: reopenIntakeStep,
    permission: "intakes.write",
    call: (actor) =>
      reopenIntakeStep(actor, { intakeId: unknownId, step: "needs", version: 1 }).catch(notFoundIsFine),
  },
  {
    useCase: completeIntake,
    permission: "intakes.write",
    call: (actor) => completeIntake(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: listFollowUpCaseworkers,
    permission: "followUps.manage",
    call: (actor) => listFollowUpCaseworkers(actor, actor.organisationId),
  },
  { useCase: listMyFollowUps, permission: "followUps.manage", call: (actor) => listMyFollowUps(actor) },
  {
    useCase: completeFollowUp,
    permission: "followUps.manage",
    call: (actor) => completeFollowUp(actor, { followUpId: unknownId }).catch(notFoundIsFine),
  },
  {
    useCase: getPlannedFollowUp,
    permission: "followUps.manage",
    call: (actor) => getPlannedFollowUp(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: planFollowUp,
    permission: "followUps.manage",
    call: (actor) => planFollowUp(actor, { personId: unknownId, dueOn: "2099-01-01" }).catch(notFoundIsFine),
  },
  {
    useCase: listSessionChoices,
    permission: "infosessions.registerPerson",
    call: (actor) => listSessionChoices(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: registerPersonForInfosession,
    permission: "infosessions.registerPerson",
    call: (actor) =>
      registerPersonForInfosession(actor, unknownId, { sessionId: unknownId, consent: "on" }).catch(
        notFoundIsFine,
      ),
  },

  // NT2 referrals
  {
    useCase: nt2ReferralForm,
    permission: "referrals.create",
    call: (actor) => nt2ReferralForm(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: createNt2Referral,
    permission: "referrals.create",
    call: (actor, target) =>
      createNt2Referral(actor, {
        personId: unknownId,
        targetOrganisationId: target.organisationId,
        profile: nt2Profile,
        consentGiven: true,
      }).catch(notFoundIsFine),
  },
  { useCase: listReferrals, permission: "referrals.read", call: (actor) => listReferrals(actor) },
  {
    useCase: getReferral,
    permission: "referrals.read",
    call: (actor) => getReferral(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: personReferralTimeline,
    permission: "referrals.read",
    call: (actor) => personReferralTimeline(actor, unknownId).catch(notFoundIsFine),
  },
  // The permission depends on the step: the provider accepts, the referrer cancels.
  {
    useCase: changeReferralStatus,
    name: "accept a referral addressed to one's organisation",
    permission: "referrals.handle",
    call: async (actor, target) => {
      const referral = await referralTo(actor, target);
      return changeReferralStatus(actor, {
        referralId: referral.id,
        to: "ACCEPTED",
        version: referral.version,
      });
    },
  },
  {
    useCase: changeReferralStatus,
    name: "cancel a referral one's organisation sent",
    permission: "referrals.create",
    call: async (actor, target) => {
      const referral = await referralFrom(actor, target);
      return changeReferralStatus(actor, {
        referralId: referral.id,
        to: "CANCELLED",
        version: referral.version,
      });
    },
  },

  {
    useCase: sendSuggestedReferral,
    permission: "referrals.create",
    call: async (actor, target) => {
      const referral = await aSuggestedReferral(await aPerson(actor.organisationId), actor);
      return sendSuggestedReferral(actor, {
        referralId: referral.id,
        targetOrganisationId: target.organisationId,
        version: referral.version,
      });
    },
  },
  {
    useCase: listReferralTargets,
    permission: "referrals.create",
    call: (actor) => listReferralTargets(actor),
  },

  // Interpreters
  {
    useCase: requestInterpreter,
    permission: "interpreters.request",
    call: (actor) =>
      requestInterpreter(actor, {
        language: "uk",
        startsAt: "2099-03-01T10:00",
        durationMinutes: 60,
        mode: "PHONE",
        purpose: "Intake conversation",
      }),
  },
  {
    useCase: listInterpreterRequests,
    permission: ["interpreters.request", "interpreters.handle"],
    call: (actor) => listInterpreterRequests(actor),
  },
  {
    useCase: handleInterpreterRequest,
    permission: "interpreters.handle",
    call: (actor) =>
      handleInterpreterRequest(actor, { requestId: unknownId, handling: { action: "confirm" } }).catch(
        notFoundIsFine,
      ),
  },
  {
    useCase: cancelInterpreterRequest,
    permission: "interpreters.request",
    call: (actor) => cancelInterpreterRequest(actor, unknownId).catch(notFoundIsFine),
  },

  // Infosessions, as the administration runs them
  {
    useCase: listSessionsForAdmin,
    permission: "infosessions.manage",
    call: (actor) => listSessionsForAdmin(actor),
  },
  {
    useCase: sessionDetailForAdmin,
    permission: "infosessions.manage",
    call: (actor) => sessionDetailForAdmin(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: exportRegistrationsCsv,
    permission: "infosessions.manage",
    call: (actor) => exportRegistrationsCsv(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: createSession,
    permission: "infosessions.manage",
    call: (actor) => createSession(actor, session),
  },
  {
    useCase: updateSession,
    permission: "infosessions.manage",
    call: (actor) =>
      updateSession(actor, { sessionId: unknownId, version: 1, session }).catch(notFoundIsFine),
  },
  {
    useCase: cancelSession,
    permission: "infosessions.manage",
    call: (actor) => cancelSession(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: giveWaitlistPlace,
    permission: "infosessions.manage",
    call: (actor) => giveWaitlistPlace(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: unreachedRegistrants,
    permission: "infosessions.manage",
    call: (actor) => unreachedRegistrants(actor, unknownId),
  },
  {
    useCase: recordAttendance,
    permission: "infosessions.manage",
    call: (actor) => recordAttendance(actor, { sessionId: unknownId, present: [] }).catch(notFoundIsFine),
  },

  // Figures
  { useCase: getFigures, permission: "figures.read", call: (actor) => getFigures(actor, {}) },
  {
    useCase: exportFigures,
    permission: "figures.read",
    call: (actor) => exportFigures(actor, "months", {}),
  },
  {
    useCase: compareMunicipalities,
    permission: "figures.compare",
    call: (actor) => compareMunicipalities(actor, {}),
  },
  {
    useCase: listMunicipalitiesForFigures,
    permission: "figures.compare",
    call: (actor) => listMunicipalitiesForFigures(actor),
  },
  {
    useCase: previewOfficialFiguresImport,
    permission: "figures.import",
    call: (actor) =>
      previewOfficialFiguresImport(actor, { fileName: "figures.csv", bytes: new Uint8Array() }).catch(
        endsWith("INVALID_INPUT"),
      ),
  },
  {
    useCase: getImportPreview,
    permission: "figures.import",
    call: (actor) => getImportPreview(actor, unknownId).catch(notFoundIsFine),
  },
  {
    useCase: confirmOfficialFiguresImport,
    permission: "figures.import",
    call: (actor) => confirmOfficialFiguresImport(actor, unknownId).catch(endsWith("NOT_FOUND", "CONFLICT")),
  },

  // Questions to AgII (steps on a question in scope are checked per role in questions.test.ts)
  {
    useCase: askQuestion,
    permission: "questions.ask",
    call: async (actor) => askQuestion(actor, (await aMunicipality("24062"), question)),
  },
  {
    useCase: municipalitiesToAskAbout,
    permission: "questions.ask",
    call: (actor) => municipalitiesToAskAbout(actor),
  },
  {
    useCase: listQuestions,
    permission: ["questions.ask", "questions.answer"],
    call: (actor) => listQuestions(actor),
  },
  {
    useCase: getQuestion,
    permission: ["questions.ask", "questions.answer"],
    call: (actor) => getQuestion(actor, { questionId: unknownId }).catch(notFoundIsFine),
  },
  // The permission depends on the move: an adviser takes a question, the asking side closes it.
  {
    useCase: stepQuestion,
    name: "take a question (adviser)",
    permission: "questions.answer",
    call: (actor) =>
      stepQuestion(actor, { move: "take", questionId: unknownId, version: 1 }).catch(notFoundIsFine),
  },
  {
    useCase: stepQuestion,
    name: "close a question (asker)",
    permission: "questions.ask",
    call: (actor) =>
      stepQuestion(actor, { move: "close", questionId: unknownId, version: 1 }).catch(notFoundIsFine),
  },
  {
    useCase: searchAnswers,
    permission: "answers.read",
    call: (actor) => searchAnswers(actor, { text: "huurwaarborg" }),
  },
  {
    useCase: similarAnswers,
    permission: "answers.read",
    call: (actor) => similarAnswers(actor, { title: "huurwaarborg" }),
  },
  { useCase: proposeAnswer, permission: "answers.publish", call: (actor) => proposeAnswer(actor, answer) },
  {
    useCase: approveAnswer,
    permission: "answers.publish",
    call: (actor) => approveAnswer(actor, { answerId: unknownId }).catch(notFoundIsFine),
  },
  {
    useCase: markAnswerReviewed,
    permission: "answers.publish",
    call: (actor) => markAnswerReviewed(actor, { answerId: unknownId }).catch(notFoundIsFine),
  },
  { useCase: answersToLookAt, permission: "answers.publish", call: (actor) => answersToLookAt(actor) },
  { useCase: questionFigures, permission: "questions.figures", call: (actor) => questionFigures(actor) },
  {
    useCase: listAdviserProfiles,
    permission: "advisers.manage",
    call: (actor) => listAdviserProfiles(actor),
  },
  // The target account is no adviser: allowed roles get as far as the lookup, which finds none.
  {
    useCase: saveAdviserProfile,
    permission: "advisers.manage",
    call: (actor, target) =>
      saveAdviserProfile(actor, { userId: target.userId, topics: ["HOUSING"], regions: ["LIMBURG"] }).catch(
        notFoundIsFine,
      ),
  },
  {
    useCase: saveTopicTarget,
    permission: "advisers.manage",
    call: (actor) => saveTopicTarget(actor, { topic: "OTHER", workingDays: 2 }),
  },

  // Public facts
  { useCase: listFacts, permission: "facts.manage", call: (actor) => listFacts(actor) },
  { useCase: factsNeedingReview, permission: "facts.manage", call: (actor) => factsNeedingReview(actor) },
  {
    useCase: listFactVersions,
    permission: "facts.manage",
    call: (actor) => listFactVersions(actor, "portalOperator"),
  },
  // Each run edits its own copy of the world (a fresh version check would clash): a no-op revalidator.
  {
    useCase: changeFact,
    permission: "facts.manage",
    call: async (actor) => {
      const current = await db().fact.findUnique({
        where: { id: "portalOperator" },
        select: { version: true },
      });
      return changeFact(
        actor,
        { kind: "checked", factId: "portalOperator", expectedVersion: current?.version ?? 0 },
        () => {},
      );
    },
  },
];

/**
 * Functions that take the actor first but are no use-case of their own: the check itself, the
 * scopes and role tests that use-cases build their queries from, and one's own second factor.
 */
export const notUseCases: { fn: (actor: Actor, ...rest: never[]) => unknown; why: string }[] = [
  { fn: authorize, why: "the permission check every use-case calls" },
  { fn: denyAsNotFound, why: "the audited NOT_FOUND for a record outside the actor's scope" },
  // Every helper in server/auth/scopes.ts: query scopes and own-organisation tests the use-cases build on.
  ...Object.values(scopes).map((fn) => ({
    fn: fn as (actor: Actor, ...rest: never[]) => unknown,
    why: "a query scope (server/auth/scopes.ts)",
  })),
  { fn: placeForActor, why: "which place's figures a role sees (inside getFigures)" },
  { fn: seesExactCounts, why: "whether a role sees exact counts (inside getFigures)" },
  { fn: isAskerSide, why: "a question's side, for the question use-cases" },
  { fn: answersQuestions, why: "a role test for the question screens" },
  {
    fn: taskListFor,
    why: "the overview every signed-in staff member opens; each list in it is gated by the role's permission and scoped",
  },
  { fn: confirmEnrolment, why: "every signed-in staff member enrols their own second factor: no permission" },
];
