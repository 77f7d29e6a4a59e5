import { describe, expect, it } from "vitest";
import { can, staffRoles, type Permission, type StaffRole } from "@/domain/permissions";
import { inviteStaff } from "@/server/accounts/invite-staff";
import {
  listAccounts,
  listOpenInvitations,
  listOrganisations,
  setAccountActive,
  updateAccount,
} from "@/server/accounts/manage-accounts";
import { listAuditActors, listAuditEvents } from "@/server/audit-log/list-audit-events";
import {
  createOrganisation as createManagedOrganisation,
  getOrganisation,
  listOrganisationsToManage,
  setOrganisationActive,
  updateOrganisation,
} from "@/server/organisations/manage-organisations";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import {
  listAdviserProfiles,
  saveAdviserProfile,
  saveTopicTarget,
} from "@/server/questions/adviser-profiles";
import { askQuestion } from "@/server/questions/ask-question";
import { listQuestions } from "@/server/questions/list-questions";
import { municipalitiesToAskAbout } from "@/server/questions/municipalities";
import { approveAnswer, markAnswerReviewed, proposeAnswer } from "@/server/questions/publish-answer";
import { questionFigures } from "@/server/questions/question-figures";
import { answersToLookAt, searchAnswers, similarAnswers } from "@/server/questions/search-answers";
import { aMunicipality } from "../support/factories/nt2";
import { changeFact } from "@/server/facts/change-fact";
import { listFacts } from "@/server/facts/list-facts";
import { createOrganisation, createStaffUser } from "../support/factories/staff";

/**
 * Every staff use-case (action) × every role: a use-case that runs for a role the permission table
 * does not grant, or refuses one it grants, fails. Add a row per new use-case at merge time; each
 * row calls the use-case with valid input for a fresh target.
 */
type Target = { userId: string; organisationId: string };
const partner = {
  name: "Partner",
  type: "PARTNER" as const,
  region: "FLANDERS" as const,
  servedRegions: [],
  servedMunicipalities: [],
};
const unknownAnswer = "00000000-0000-4000-9000-00000000feed";
// Allowed roles reach the lookup, which finds nothing: that proves the permission check let them through.
const notFoundIsFine = (error: { code?: string }) => {
  if (error.code !== "NOT_FOUND") throw error;
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
const actions: {
  name: string;
  permission: Permission | Permission[];
  run: (actor: Actor, target: Target) => Promise<unknown>;
}[] = [
  { name: "list accounts", permission: "accounts.manage", run: (actor) => listAccounts(actor) },
  {
    name: "list open invitations",
    permission: "accounts.manage",
    run: (actor) => listOpenInvitations(actor),
  },
  {
    name: "list organisations for accounts",
    permission: "accounts.manage",
    run: (actor) => listOrganisations(actor),
  },
  {
    name: "invite staff",
    permission: "accounts.manage",
    run: (actor, target) =>
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
    name: "change role and organisation",
    permission: "accounts.manage",
    run: (actor, target) =>
      updateAccount(actor, target.userId, { role: "CASEWORKER", organisationId: target.organisationId }),
  },
  {
    name: "deactivate an account",
    permission: "accounts.manage",
    run: (actor, target) => setAccountActive(actor, target.userId, false),
  },
  {
    name: "list organisations",
    permission: "organisations.manage",
    run: (actor) => listOrganisationsToManage(actor),
  },
  {
    name: "open an organisation",
    permission: "organisations.manage",
    run: (actor, target) => getOrganisation(actor, target.organisationId),
  },
  {
    name: "create an organisation",
    permission: "organisations.manage",
    run: (actor) => createManagedOrganisation(actor, { ...partner, name: `Partner ${Date.now()}` }),
  },
  {
    name: "edit an organisation",
    permission: "organisations.manage",
    run: (actor, target) => updateOrganisation(actor, target.organisationId, partner),
  },
  {
    name: "deactivate an organisation",
    permission: "organisations.manage",
    run: (actor, target) => setOrganisationActive(actor, target.organisationId, false),
  },
  {
    name: "read the audit log",
    permission: "audit.read",
    run: (actor) =>
      listAuditEvents(actor, {
        actor: undefined,
        action: undefined,
        entityType: undefined,
        entityId: undefined,
        page: 1,
      }),
  },
  { name: "list audit actors", permission: "audit.read", run: (actor) => listAuditActors(actor) },
  // Questions to AgII (steps on one question are checked per role in questions.test.ts: they need a question in scope)
  {
    name: "ask AgII a question",
    permission: "questions.ask",
    run: async (actor) => askQuestion(actor, (await aMunicipality("24062"), question)),
  },
  {
    name: "list municipalities to ask about",
    permission: "questions.ask",
    run: (actor) => municipalitiesToAskAbout(actor),
  },
  {
    name: "list questions (queue or own)",
    permission: ["questions.ask", "questions.answer"],
    run: (actor) => listQuestions(actor),
  },
  {
    name: "search answers for everyone",
    permission: "answers.read",
    run: (actor) => searchAnswers(actor, { text: "huurwaarborg" }),
  },
  {
    name: "show similar answers",
    permission: "answers.read",
    run: (actor) => similarAnswers(actor, { title: "huurwaarborg" }),
  },
  {
    name: "propose an answer for everyone",
    permission: "answers.publish",
    run: (actor) => proposeAnswer(actor, answer),
  },
  {
    name: "approve an answer",
    permission: "answers.publish",
    run: (actor) => approveAnswer(actor, { answerId: unknownAnswer }).catch(notFoundIsFine),
  },
  {
    name: "mark an answer reviewed",
    permission: "answers.publish",
    run: (actor) => markAnswerReviewed(actor, { answerId: unknownAnswer }).catch(notFoundIsFine),
  },
  {
    name: "list answers to approve or review",
    permission: "answers.publish",
    run: (actor) => answersToLookAt(actor),
  },
  { name: "read question figures", permission: "questions.figures", run: (actor) => questionFigures(actor) },
  {
    name: "list adviser profiles and topic targets",
    permission: "advisers.manage",
    run: (actor) => listAdviserProfiles(actor),
  },
  // The target account is no adviser: allowed roles get as far as the lookup, which finds none.
  {
    name: "set an adviser's topics and regions",
    permission: "advisers.manage",
    run: (actor, target) =>
      saveAdviserProfile(actor, { userId: target.userId, topics: ["HOUSING"], regions: ["LIMBURG"] }).catch(
        notFoundIsFine,
      ),
  },
  {
    name: "set a topic's first-answer target",
    permission: "advisers.manage",
    run: (actor) => saveTopicTarget(actor, { topic: "OTHER", workingDays: 2 }),
  },
  { name: "list the public facts", permission: "facts.manage", run: (actor) => listFacts(actor) },
  // Each run edits its own copy of the world (a fresh version check would clash): a no-op revalidator.
  {
    name: "mark a public fact checked",
    permission: "facts.manage",
    run: async (actor) => {
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

describe("permission matrix over the staff use-cases", () => {
  for (const role of staffRoles) {
    for (const action of actions) {
      const allowed = [action.permission].flat().some((permission) => can(role as StaffRole, permission));
      it(`${role} ${allowed ? "may" : "may not"} ${action.name}`, async () => {
        const organisation = await createOrganisation();
        const actor = (await createStaffUser({ role, organisationId: organisation.id })).actor;
        const target = await createStaffUser({ organisationId: (await createOrganisation()).id });
        const outcome = action.run(actor, { userId: target.id, organisationId: target.organisationId });
        if (allowed) {
          await outcome;
          expect(
            await db().auditEvent.count({ where: { actorUserId: actor.userId, action: "DENIED" } }),
          ).toBe(0);
        } else {
          await expect(outcome).rejects.toMatchObject({ code: "FORBIDDEN" });
          expect(
            await db().auditEvent.count({ where: { actorUserId: actor.userId, action: "DENIED" } }),
          ).toBe(1);
        }
      });
    }
  }
});
