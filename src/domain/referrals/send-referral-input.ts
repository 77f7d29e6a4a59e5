import { z } from "zod";

/** Sending a suggested (to-do) referral: the organisation that receives it is what makes it real. */
export const sendSuggestedReferralInput = z.object({
  referralId: z.uuid("invalid"),
  targetOrganisationId: z.string("required").min(1, "required").pipe(z.uuid("invalid")),
  version: z.coerce.number("invalid").int("invalid").positive("invalid"),
});
export type SendSuggestedReferralInput = z.infer<typeof sendSuggestedReferralInput>;
