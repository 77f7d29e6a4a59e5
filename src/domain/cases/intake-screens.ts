import { intakeSteps, type IntakeStep } from "./intake-input";

/**
 * The screens of an intake, in order: the four saved steps, with the infosession booking on a screen
 * of its own after the referrals (each screen has one primary action), and the check-your-answers
 * screen where the intake is finished.
 */
export const intakeScreens = [
  "needs",
  "information",
  "referrals",
  "infosession",
  "follow-up",
  "check",
] as const;
export type IntakeScreen = (typeof intakeScreens)[number];

export const isIntakeScreen = (value: unknown): value is IntakeScreen =>
  (intakeScreens as readonly unknown[]).includes(value);

export const isIntakeStep = (value: unknown): value is IntakeStep =>
  (intakeSteps as readonly unknown[]).includes(value);

/** The screen after this one; the check screen is the last. */
export const screenAfter = (screen: IntakeScreen): IntakeScreen =>
  intakeScreens[Math.min(intakeScreens.indexOf(screen) + 1, intakeScreens.length - 1)]!;

/**
 * The topics a step saves: every ticked topic and every topic with a note typed beside it. A note
 * implies its topic, so nothing typed is dropped because a box was left unticked (issue 18).
 */
export function chosenTopics(ticked: readonly string[], notes: Readonly<Record<string, string>>): string[] {
  const noted = Object.entries(notes)
    .filter(([, note]) => note.trim() !== "")
    .map(([topic]) => topic);
  return [...new Set([...ticked, ...noted])];
}
