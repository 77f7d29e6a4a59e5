import { z } from "zod";
import { regions } from "../infosessions/topics";

/** The facts about a learner that decide which Dutch (NT2) course fits; mirrors `Nt2Profile` in the schema. */
export const intendedStays = ["QUICK_RETURN", "LONGER_STAY"] as const;
export const priorSchoolings = ["NONE", "PRIMARY", "SECONDARY", "HIGHER"] as const;
export const availabilities = ["DAY", "EVENING", "WEEKEND"] as const;
export const courseModes = ["ONLINE", "ON_SITE", "EITHER"] as const;

export type IntendedStay = (typeof intendedStays)[number];
export type PriorSchooling = (typeof priorSchoolings)[number];
export type Availability = (typeof availabilities)[number];
export type CourseMode = (typeof courseModes)[number];

/** HTML checkboxes send "on" (or nothing); the schema accepts both booleans and form values. */
const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "yes",
  z.boolean(),
);

export const nt2ProfileInput = z.object({
  cvoProfile: checkbox,
  digitallySkilled: checkbox,
  intendedStay: z.enum(intendedStays, "required"),
  priorSchooling: z.enum(priorSchoolings, "required"),
  availability: z.array(z.enum(availabilities, "invalid"), "required").min(1, "required").max(3, "tooMany"),
  mode: z.enum(courseModes, "required"),
  region: z.enum(regions, "required"),
});

export type Nt2Profile = z.infer<typeof nt2ProfileInput>;
