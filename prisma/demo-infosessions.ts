import type { PrismaClient } from "../src/server/generated/prisma/client";
import type { InfosessionSeries, Locale, Region } from "../src/server/generated/prisma/enums";

const weeksAhead = 4;

/** Each language in which sessions are given, and where. Brussels has its own 'Welkom in Brussel'. */
const offer: { language: Locale; region: Region; series: InfosessionSeries[] }[] = [
  { language: "uk", region: "FLANDERS", series: ["SERIES_1", "SERIES_2", "FOLLOW_UP"] },
  { language: "ru", region: "FLANDERS", series: ["SERIES_1", "SERIES_2"] },
  { language: "en", region: "FLANDERS", series: ["SERIES_1", "SERIES_2"] },
  { language: "uk", region: "BRUSSELS", series: ["SERIES_1", "SERIES_2"] },
  { language: "ru", region: "BRUSSELS", series: ["SERIES_1"] },
];

/**
 * Makes sure each (language, region, series) has a weekly session for the coming weeks: series 1 on
 * Tuesday, series 2 on Thursday, follow-ups on Saturday morning, 10:00-12:00 Brussels time.
 */
export async function ensureUpcomingInfosessions(prisma: PrismaClient, now: Date): Promise<number> {
  let created = 0;
  for (const { language, region, series: seriesList } of offer) {
    for (const series of seriesList) {
      for (let week = 0; week < weeksAhead; week++) {
        const startsAt = sessionStart(now, series, week);
        const exists = await prisma.infosession.findFirst({ where: { language, region, series, startsAt } });
        if (exists) continue;
        await prisma.infosession.create({
          data: {
            language,
            region,
            series,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
            capacity: series === "FOLLOW_UP" ? 15 : 40,
            meetingUrl: `https://meet.welkom.demo/${language}-${region.toLowerCase()}-${series.toLowerCase()}-${startsAt.toISOString().slice(0, 10)}`,
          },
        });
        created++;
      }
    }
  }
  return created;
}

const weekday: Record<InfosessionSeries, number> = { SERIES_1: 2, SERIES_2: 4, FOLLOW_UP: 6 };

/** 10:00 Brussels time, which is 09:00 UTC in winter and 08:00 UTC in summer. */
function sessionStart(now: Date, series: InfosessionSeries, week: number): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const offset = (weekday[series] - day.getUTCDay() + 7) % 7 || 7;
  day.setUTCDate(day.getUTCDate() + offset + week * 7);
  const noonUtc = new Date(day.getTime() + 12 * 3600_000);
  const brusselsNoonHour = Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Brussels",
      hour: "2-digit",
      hourCycle: "h23",
    }).format(noonUtc),
  );
  const utcOffsetHours = brusselsNoonHour - 12;
  day.setUTCHours(10 - utcOffsetHours);
  return day;
}
