import "server-only";
import type { Wording } from "@/i18n/error-text";

/** Questions, answers and advisers say refusals in the words of the questions area. */
export const questionsWording: Wording = {
  codes: {
    INVALID_INPUT: "questions.errors.summary",
    STALE_EDIT: "questions.errors.stale",
    NOT_FOUND: "questions.errors.notFound",
    CONFLICT: "questions.errors.illegalTransition",
  },
};

/** NT2 referrals and interpreter requests say refusals in the words of the referrals area. */
export const referralsWording: Wording = {
  codes: {
    INVALID_INPUT: "referrals.errors.invalid",
    STALE_EDIT: "referrals.errors.stale",
    NOT_FOUND: "referrals.errors.notFound",
    FORBIDDEN: "referrals.errors.forbidden",
    CONFLICT: "referrals.errors.illegal",
  },
};

/** An interpreter request says what its purpose needs (the limits of `interpreterRequestInput`). */
export const interpreterRequestWording: Wording = {
  ...referralsWording,
  fields: { purpose: "referrals.errors.purposeLength" },
};
