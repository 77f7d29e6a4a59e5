/**
 * A fact that changes (a date, a phone number, opening hours, a figure) lives once, typed, with where
 * it comes from and when someone last checked it; pages render it from here and show "last checked".
 */
export type Source = { label: string; url: string };

export type Fact<T> = {
  value: T;
  source: Source;
  /** ISO date (YYYY-MM-DD) on which the value was last confirmed against its source. */
  checkedOn: string;
};
