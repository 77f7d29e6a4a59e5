import type { Locale } from "../locale";

/**
 * A fact that changes (a date, a phone number, opening hours, a figure) lives once, typed, with where
 * it comes from, when someone last checked it and how sure we are. The values in `src/domain/facts/`
 * are the initial ones; staff keep the current ones in the database (issue 12).
 */
export type LocalizedText = Record<Locale, string>;

/**
 * high: an official source, or two reliable sources agree; medium: reliable but old, or secondary
 * sources that agree; low: one secondary source, or old and likely changed. A low fact is never
 * printed as certain: the page says what to do and links the authority instead.
 */
export const confidences = ["high", "medium", "low"] as const;
export type Confidence = (typeof confidences)[number];

export type Source = {
  /** The source's title in each locale (the original title stays recognisable in the translation). */
  title: LocalizedText;
  url: string;
  /** ISO date the source itself carries (publication or last update), or null when it shows none. */
  publishedOn: string | null;
};

export type Fact<T> = {
  value: T;
  source: Source;
  /** ISO date (YYYY-MM-DD) on which the value was last confirmed against its source. */
  checkedOn: string;
  confidence: Confidence;
};

export const isConfirmed = (fact: Pick<Fact<unknown>, "confidence">) => fact.confidence !== "low";

/** A source title in nl, en, uk and ru, in that order (the order the authors write them in). */
export const text = (nl: string, en: string, uk: string, ru: string): LocalizedText => ({ nl, en, uk, ru });

/** The date the facts in code were last checked against ../shared/FACTS-2026.md. */
export const factSheetCheckedOn = "2026-12-01";
