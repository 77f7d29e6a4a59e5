/**
 * The one table of who may do what. Every use-case checks it next to the data it reads; scoping
 * (own organisation, own municipality, referrals addressed to one's organisation) is applied in the
 * query itself by the use-case.
 */
export const staffRoles = [
  "ADMIN",
  "CASEWORKER",
  "MUNICIPALITY_OFFICER",
  "NT2_PROVIDER",
  "AGII_ADVISER",
  "CONTENT_EDITOR",
] as const;
export type StaffRole = (typeof staffRoles)[number];

export type Permission =
  | "accounts.manage"
  | "organisations.manage"
  | "audit.read"
  | "infosessions.manage"
  | "infosessions.registerPerson"
  | "outbox.read"
  | "persons.read"
  | "persons.write"
  | "persons.export"
  | "persons.erase"
  | "intakes.read"
  | "intakes.write"
  | "followUps.manage"
  | "referrals.create"
  | "referrals.read"
  | "referrals.handle"
  | "referrals.overrideConsent"
  | "interpreters.request"
  | "interpreters.handle"
  | "figures.read"
  | "figures.compare"
  | "figures.import"
  // Questions to AgII: ask, answer from a queue, propose and approve answers for all, read them, figures.
  | "questions.ask"
  | "questions.answer"
  | "answers.read"
  | "answers.publish"
  | "questions.figures"
  | "facts.manage"
  // Administrators set AgII advisers' topics and regions and the first-answer target per topic.
  | "advisers.manage";

const grants: Record<StaffRole, readonly Permission[]> = {
  ADMIN: [
    "accounts.manage",
    "organisations.manage",
    "audit.read",
    "infosessions.manage",
    "infosessions.registerPerson",
    "outbox.read",
    "persons.read",
    "persons.write",
    "persons.export",
    "persons.erase",
    "intakes.read",
    "intakes.write",
    "followUps.manage",
    "referrals.create",
    "referrals.read",
    "referrals.handle",
    "referrals.overrideConsent",
    "interpreters.request",
    "interpreters.handle",
    "figures.read",
    "figures.compare",
    "figures.import",
    "questions.ask",
    "questions.answer",
    "answers.read",
    "questions.figures",
    "facts.manage",
    "advisers.manage",
  ],
  CASEWORKER: [
    "infosessions.registerPerson",
    "persons.read",
    "persons.write",
    "intakes.read",
    "intakes.write",
    "followUps.manage",
    "referrals.create",
    "referrals.read",
    "interpreters.request",
    "questions.ask",
    "answers.read",
  ],
  // The role of the Flemish registration tool: persons living in their municipality, and its figures.
  MUNICIPALITY_OFFICER: [
    "persons.read",
    "persons.write",
    "figures.read",
    "questions.ask",
    "answers.read",
    "questions.figures",
  ],
  // Only referrals addressed to their organisation, with the fields a course needs.
  NT2_PROVIDER: ["referrals.read", "referrals.handle"],
  // AgII's legal advisers and sector coordinators: the questions of their topics and regions.
  // Publishing an answer for all takes two of them (one proposes, another approves).
  AGII_ADVISER: ["questions.answer", "answers.read", "answers.publish", "questions.figures"],
  // Keeps the public facts current (issue 12): no person, intake, referral or figure.
  CONTENT_EDITOR: ["facts.manage"],
};

export function can(role: StaffRole, permission: Permission): boolean {
  return grants[role].includes(permission);
}

/** Staff roles whose screens show personal data: they must use two-factor sign-in when it is required. */
export const rolesSeeingPersonalData: readonly StaffRole[] = [
  "ADMIN",
  "CASEWORKER",
  "MUNICIPALITY_OFFICER",
  "NT2_PROVIDER",
  "AGII_ADVISER",
];
