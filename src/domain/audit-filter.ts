import { z } from "zod";

export const auditActions = [
  "READ",
  "CREATE",
  "UPDATE",
  "DELETE",
  "EXPORT",
  "ERASE",
  "ANONYMISE",
  "DENIED",
  "SIGN_IN",
  "SIGN_IN_FAILED",
] as const;
export const auditPageSize = 50;

const optionalText = z
  .string()
  .trim()
  .max(200, "tooLong")
  .optional()
  .transform((value) => (value ? value : undefined));
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.iso.date("invalidDate").optional());

/** The audit viewer's filters, read from the query string (GET form, so a filtered view can be bookmarked). */
export const auditFilterInput = z.object({
  actor: optionalText,
  action: z
    .union([z.enum(auditActions), z.literal("")])
    .optional()
    .transform((value) => (value ? value : undefined)),
  entityType: optionalText,
  entityId: optionalText,
  from: optionalDate,
  to: optionalDate,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type AuditFilter = z.infer<typeof auditFilterInput>;
