import "server-only";
import { z } from "zod";
import { householdRelations } from "@/domain/cases/person-input";

export const householdMemberInput = z.object({
  personId: z.uuid("required"),
  relation: z.enum(householdRelations, "required"),
});

/** A new person recorded straight into a household ("add a household member"): never as its head. */
export const householdJoinInput = z.object({
  householdId: z.uuid("required"),
  relation: z.enum(householdRelations, "required").exclude(["HEAD"], "required"),
});
