import { z } from "zod";
import { nt2ProfileInput } from "../nt2/profile";

/**
 * An NT2 referral as the caseworker sends it. Consent is a separate step the caseworker confirms
 * (the person agreed to share their data with this provider); without it, only an administrator's
 * override with a reason lets the referral go.
 */
export const nt2ReferralInput = z.object({
  personId: z.uuid("invalid"),
  intakeId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid("invalid").optional()),
  targetOrganisationId: z.uuid("required"),
  profile: nt2ProfileInput,
  consentGiven: z.preprocess((value) => value === true || value === "on" || value === "yes", z.boolean()),
  consentOverrideReason: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().min(10, "tooShort").max(500, "tooLong").optional(),
  ),
});
export type Nt2ReferralInput = z.infer<typeof nt2ReferralInput>;

export const referralTransitionInput = z.object({
  referralId: z.uuid("invalid"),
  to: z.enum(["ACCEPTED", "DECLINED", "ENROLLED", "COMPLETED", "DROPPED_OUT", "CANCELLED"], "invalid"),
  reason: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(500, "tooLong").optional(),
  ),
  version: z.coerce.number().int().positive(),
});
export type ReferralTransitionInput = z.infer<typeof referralTransitionInput>;
