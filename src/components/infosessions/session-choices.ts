import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Availability } from "@/domain/infosessions/availability";
import { groupSessionsByRegion } from "@/domain/infosessions/session-choices";
import type { InfosessionSeries, Region } from "@/domain/infosessions/topics";
import type { Locale } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";

export type ChoosableSession = {
  id: string;
  series: InfosessionSeries;
  language: Locale;
  region: Region;
  startsAt: Date;
  availability: Availability;
  waitlistLength: number;
};

export type SessionChoiceGroup = { label: string; options: { value: string; label: string }[] };

/**
 * A session named as the catalogue names it: its title (which says the region: "Welkom in Brussel"
 * is not "Welkom in Vlaanderen"), day and time in Brussels time, the language by name, and places
 * left or the waiting list. Options of a native select, so the picker works without JavaScript.
 */
export async function sessionChoiceLabel(locale: Locale, session: Omit<ChoosableSession, "id">) {
  const t = await getTranslations({ locale, namespace: "infosessions" });
  return t("picker.option", {
    title: t("sessionTitle", { region: session.region, series: session.series }),
    when: await sessionWhen(locale, session.startsAt),
    language: languageName(locale, session.language),
    places:
      session.availability.kind === "full"
        ? t("picker.waitlist", { count: session.waitlistLength })
        : t("catalogue.placesLeft", { count: session.availability.seatsLeft }),
  });
}

/** The same without the places: what a confirmation repeats of the session that was booked. */
export async function sessionDescription(
  locale: Locale,
  session: Pick<ChoosableSession, "series" | "region" | "language" | "startsAt">,
) {
  const t = await getTranslations({ locale, namespace: "infosessions" });
  return t("picker.session", {
    title: t("sessionTitle", { region: session.region, series: session.series }),
    when: await sessionWhen(locale, session.startsAt),
    language: languageName(locale, session.language),
  });
}

/** The sessions as option groups, one per region, `preferred` first (its label names `place`, if known). */
export async function sessionChoiceGroups(
  locale: Locale,
  sessions: readonly ChoosableSession[],
  preferred: { region: Region; place?: string } | null,
): Promise<SessionChoiceGroup[]> {
  const t = await getTranslations({ locale, namespace: "infosessions" });
  return Promise.all(
    groupSessionsByRegion(sessions, preferred?.region ?? null).map(async (group) => {
      const region = t(`regionName.${group.region}`);
      return {
        label:
          group.preferred && preferred?.place
            ? t("picker.ownRegion", { region, place: preferred.place })
            : region,
        options: await Promise.all(
          group.sessions.map(async (session) => ({
            value: session.id,
            label: await sessionChoiceLabel(locale, session),
          })),
        ),
      };
    }),
  );
}

/** "di 8 dec. 2026, 10:00": the day and start, Brussels time. */
export async function sessionWhen(locale: Locale, startsAt: Date): Promise<string> {
  const format = await getFormatter({ locale });
  return format.dateTime(startsAt, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: displayTimeZone,
  });
}

/** A session language named in the reader's language ("Oekraïens", "Ukrainian", «українська»). */
export const languageName = (locale: Locale, language: Locale) =>
  new Intl.DisplayNames([locale], { type: "language" }).of(language) ?? language;
