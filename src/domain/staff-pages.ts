import { can, type Permission, type StaffRole } from "./permissions";

/**
 * The staff area's sections: the nav and the dashboard show a link only when the role holds one of
 * its permissions. The page itself still checks (requireActor): hiding a link is not access control.
 */
export const staffSections = [
  { key: "persons", path: "/staff/persons", anyOf: ["persons.read"] },
  { key: "followUps", path: "/staff/follow-ups", anyOf: ["followUps.manage"] },
  { key: "infosessions", path: "/staff/infosessions", anyOf: ["infosessions.manage"] },
  { key: "outbox", path: "/staff/outbox", anyOf: ["outbox.read"] },
  { key: "referrals", path: "/staff/referrals", anyOf: ["referrals.read"] },
  {
    key: "interpreters",
    path: "/staff/interpreters",
    anyOf: ["interpreters.request", "interpreters.handle"],
  },
  { key: "questions", path: "/staff/questions", anyOf: ["questions.ask", "questions.answer"] },
  { key: "answers", path: "/staff/answers", anyOf: ["answers.read"] },
  { key: "figures", path: "/staff/figures", anyOf: ["figures.read"] },
  { key: "facts", path: "/staff/facts", anyOf: ["facts.manage"] },
  { key: "advisers", path: "/staff/advisers", anyOf: ["advisers.manage"] },
  { key: "accounts", path: "/staff/accounts", anyOf: ["accounts.manage"] },
  { key: "organisations", path: "/staff/organisations", anyOf: ["organisations.manage"] },
  { key: "audit", path: "/staff/audit", anyOf: ["audit.read"] },
] as const satisfies readonly { key: string; path: string; anyOf: readonly Permission[] }[];

export type StaffSection = (typeof staffSections)[number];

export function sectionsFor(role: StaffRole): StaffSection[] {
  return staffSections.filter((section) => section.anyOf.some((permission) => can(role, permission)));
}
