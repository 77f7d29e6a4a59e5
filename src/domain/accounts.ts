import { z } from "zod";
import { staffRoles } from "./permissions";

/** Invitations are valid for a week: long enough for a colleague on leave, short enough to go stale. */
export const invitationValidDays = 7;
export const minPasswordLength = 12;
export const maxPasswordLength = 256;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "required")
  .max(254, "tooLong")
  .pipe(z.email("invalidEmail"));

export const invitationInput = z.object({
  email,
  role: z.enum(staffRoles, "required"),
  organisationId: z.uuid("required"),
});
export type InvitationInput = z.infer<typeof invitationInput>;

export const accountUpdateInput = z.object({
  role: z.enum(staffRoles, "required"),
  organisationId: z.uuid("required"),
});

export const newPassword = z.string().min(minPasswordLength, "tooShort").max(maxPasswordLength, "tooLong");

export const invitationAcceptanceInput = z.object({
  name: z.string().trim().min(1, "required").max(120, "tooLong"),
  password: newPassword,
});

export const signInInput = z.object({
  email,
  password: z.string().min(1, "required").max(maxPasswordLength, "tooLong"),
});

export const twoFactorCodeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "invalid"),
});
