import type { StaffRole } from "@/domain/permissions";

/**
 * The signed-in staff member a use-case acts for, as read from the session on the server (never
 * from the request body or URL). `municipalityNis` is their organisation's municipality, if any.
 */
export type Actor = {
  userId: string;
  role: StaffRole;
  organisationId: string;
  municipalityNis: string | null;
};
