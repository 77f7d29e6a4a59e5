import { legalBasis } from "../facts/temporary-protection";
import type { EligibilityAnswers } from "./answers";

export type Likelihood = "likely" | "unclear" | "unlikely";

/** Why the check came to its answer: each reason has its own explanation and next steps on the page. */
export type EligibilityReason =
  | "ukrainianNational"
  | "protectedInUkraine"
  | "permanentResidentCannotReturn"
  | "familyMember"
  | "permanentResidentUnsureOfReturn"
  | "leftBeforeStart"
  | "permanentResidentCanReturn"
  | "noProtectedStatusInUkraine";

export type EligibilityOutcome = { likelihood: Likelihood; reason: EligibilityReason };

/**
 * Whether temporary protection likely applies, following Council Implementing Decision (EU) 2022/382,
 * article 2: Ukrainians, people protected in Ukraine (refugees, stateless persons), third-country
 * nationals with a permanent Ukrainian residence permit who cannot return safely, and the core family
 * members of each, who fled on or after the start date. It is a first orientation, not a decision:
 * the Immigration Office (DVZ) decides.
 */
export function decideEligibility(
  answers: EligibilityAnswers,
  fledOnOrAfter: string = legalBasis.value.fledOnOrAfter,
): EligibilityOutcome {
  if (answers.leftOn < fledOnOrAfter) return { likelihood: "unlikely", reason: "leftBeforeStart" };

  const own = ownStatus(answers);
  if (own.likelihood === "likely") return own;
  // Someone not covered in their own right can be covered as a core family member of someone who is.
  if (answers.familyTie !== "none") return { likelihood: "likely", reason: "familyMember" };
  return own;
}

function ownStatus(answers: EligibilityAnswers): EligibilityOutcome {
  if (answers.nationality === "ukrainian") return { likelihood: "likely", reason: "ukrainianNational" };
  switch (answers.statusInUkraine) {
    case "internationalProtection":
      return { likelihood: "likely", reason: "protectedInUkraine" };
    case "permanentResidence":
      if (answers.safeReturn === "no")
        return { likelihood: "likely", reason: "permanentResidentCannotReturn" };
      if (answers.safeReturn === "yes")
        return { likelihood: "unlikely", reason: "permanentResidentCanReturn" };
      return { likelihood: "unclear", reason: "permanentResidentUnsureOfReturn" };
    default:
      return { likelihood: "unlikely", reason: "noProtectedStatusInUkraine" };
  }
}
