/**
 * The life of a referral: sent → accepted or declined → enrolled → completed or dropped out. The
 * receiving provider moves it forward; the referring organisation may only withdraw it while the
 * provider has not answered. A referral the intake suggested without a receiving organisation is a
 * to-do (suggested) until the caseworker sends it to one (`sendSuggestedReferral`, which names the
 * organisation) or drops it. Anything not in this table is refused.
 */
export const referralStatuses = [
  "SUGGESTED",
  "SENT",
  "ACCEPTED",
  "DECLINED",
  "ENROLLED",
  "COMPLETED",
  "DROPPED_OUT",
  "CANCELLED",
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Who may make a move: the provider the referral is addressed to, or the organisation that sent it. */
export type ReferralParty = "provider" | "referrer";

const transitions: Record<ReferralStatus, Partial<Record<ReferralStatus, ReferralParty>>> = {
  SUGGESTED: { SENT: "referrer", CANCELLED: "referrer" },
  SENT: { ACCEPTED: "provider", DECLINED: "provider", CANCELLED: "referrer" },
  ACCEPTED: { ENROLLED: "provider", DROPPED_OUT: "provider" },
  ENROLLED: { COMPLETED: "provider", DROPPED_OUT: "provider" },
  DECLINED: {},
  COMPLETED: {},
  DROPPED_OUT: {},
  CANCELLED: {},
};

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return transitions[from][to] !== undefined;
}

/** The party allowed to move a referral from `from` to `to`, or null when the move is illegal. */
export function partyFor(from: ReferralStatus, to: ReferralStatus): ReferralParty | null {
  return transitions[from][to] ?? null;
}

export function nextStatuses(from: ReferralStatus, party?: ReferralParty): ReferralStatus[] {
  return Object.entries(transitions[from])
    .filter(([, who]) => party === undefined || who === party)
    .map(([to]) => to as ReferralStatus);
}

/** A decline or a drop-out must say why, so the caseworker can look for another course. */
export function reasonRequired(to: ReferralStatus): boolean {
  return to === "DECLINED" || to === "DROPPED_OUT";
}

export const isFinal = (status: ReferralStatus) => nextStatuses(status).length === 0;

/**
 * A decline, a drop-out and a withdrawal end the referral for good and cannot be undone, so staff
 * confirm them on a screen of their own (with the reason there) instead of one click beside "accept".
 */
export const unfinishedEndings = ["DECLINED", "DROPPED_OUT", "CANCELLED"] as const satisfies ReferralStatus[];
export type UnfinishedEnding = (typeof unfinishedEndings)[number];

export function endsReferralUnfinished(to: ReferralStatus): to is UnfinishedEnding {
  return (unfinishedEndings as readonly ReferralStatus[]).includes(to);
}

/** Sending needs a receiving organisation, so it is its own use-case rather than a plain status move. */
export const needsReceivingOrganisation = (to: ReferralStatus) => to === "SENT";
