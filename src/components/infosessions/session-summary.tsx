import { getFormatter, getTranslations } from "next-intl/server";
import type { Availability } from "@/domain/infosessions/availability";
import { topicsBySeries, type InfosessionSeries, type Region } from "@/domain/infosessions/topics";
import { localeEndonyms, type Locale } from "@/domain/locale";
import { displayTimeZone } from "@/domain/time/brussels";

export type SessionSummaryData = {
  series: InfosessionSeries;
  language: Locale;
  region: Region;
  startsAt: Date;
  endsAt: Date;
  availability?: Availability;
};

/** A session's title, Brussels time, language, region, topics and (optionally) places left. */
export async function SessionSummary({
  session,
  headingLevel = 2,
  children,
}: {
  session: SessionSummaryData;
  headingLevel?: 2 | 3;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("infosessions");
  const format = await getFormatter();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const time = (date: Date) => format.dateTime(date, { timeStyle: "short", timeZone: displayTimeZone });
  return (
    <>
      <Heading className="mt-0 text-xl">
        {t("sessionTitle", { region: session.region, series: session.series })}
      </Heading>
      <p className="mt-2 font-semibold">
        {t("catalogue.when", {
          date: format.dateTime(session.startsAt, { dateStyle: "full", timeZone: displayTimeZone }),
          start: time(session.startsAt),
          end: time(session.endsAt),
        })}
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-slate-700">{t("catalogue.languageLabel")}</dt>
        <dd lang={session.language}>{localeEndonyms[session.language]}</dd>
        <dt className="text-slate-700">{t("catalogue.regionLabel")}</dt>
        <dd>
          {t(`regionName.${session.region}`)} · {t("catalogue.online")}
        </dd>
        <dt className="text-slate-700">{t("catalogue.topicsLabel")}</dt>
        <dd>{topicsBySeries[session.series].map((topic) => t(`topics.${topic}`)).join(", ")}</dd>
      </dl>
      {session.availability ? (
        <AvailabilityBadge
          availability={session.availability}
          label={availabilityText(t, session.availability)}
        />
      ) : null}
      {children}
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"infosessions">>>;

export function availabilityText(t: Translate, availability: Availability): string {
  if (availability.kind === "full") return t("catalogue.full");
  if (availability.kind === "few") return t("catalogue.fewLeft", { count: availability.seatsLeft });
  return t("catalogue.placesLeft", { count: availability.seatsLeft });
}

function AvailabilityBadge({ availability, label }: { availability: Availability; label: string }) {
  const style =
    availability.kind === "full"
      ? "bg-red-50 text-red-900 border-red-300"
      : availability.kind === "few"
        ? "bg-amber-50 text-amber-900 border-amber-300"
        : "bg-green-50 text-green-900 border-green-300";
  return <p className={`mt-3 inline-block rounded border px-2 py-1 font-semibold ${style}`}>{label}</p>;
}
