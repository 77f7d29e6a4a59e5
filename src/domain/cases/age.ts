/** Whole years of age on `day` (both as UTC dates, as birth dates are stored). */
export function ageOn(birthDate: Date, day: Date): number {
  const years = day.getUTCFullYear() - birthDate.getUTCFullYear();
  const birthdayPassed =
    day.getUTCMonth() > birthDate.getUTCMonth() ||
    (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() >= birthDate.getUTCDate());
  return birthdayPassed ? years : years - 1;
}

/**
 * Who takes a seat at an infosession: an adult on the session's day. The sessions inform adults;
 * a child comes along on a parent's screen. Without a birth date we cannot tell, so they count.
 */
export const takesSeatOn = (day: Date) => (member: { birthDate: Date | null }) =>
  !member.birthDate || ageOn(member.birthDate, day) >= 18;
