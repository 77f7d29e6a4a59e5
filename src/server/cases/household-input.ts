import "server-only";
import { z } from "zod";
import { householdRelations } from "@/domain/cases/person-input";

export const householdMemberInput = z.object({
  personId: z.uuid("required"),
  relation: z.enum(householdRelations, "required"),
});
