import { displayTimeZone, toBrusselsLocal } from "../time/brussels";

/** A calendar file (RFC 5545) for one session, attached to the registrant's e-mails. */
export type CalendarEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  url?: string;
  location?: string;
  cancelled?: boolean;
  stamp: Date;
  /** Times as Brussels wall-clock times (TZID with its VTIMEZONE) instead of UTC. */
  brusselsTime?: boolean;
};

// Europe/Brussels since 1996: summer time from the last Sunday of March to the last Sunday of October.
const brusselsTimeZone = [
  "BEGIN:VTIMEZONE",
  `TZID:${displayTimeZone}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

export function icsOf(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Welkom//Infosessions//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.cancelled ? "CANCEL" : "PUBLISH"}`,
    ...(event.brusselsTime ? brusselsTimeZone : []),
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${utc(event.stamp)}`,
    event.brusselsTime
      ? `DTSTART;TZID=${displayTimeZone}:${brussels(event.startsAt)}`
      : `DTSTART:${utc(event.startsAt)}`,
    event.brusselsTime
      ? `DTEND;TZID=${displayTimeZone}:${brussels(event.endsAt)}`
      : `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${escapeUri(event.url)}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Brussels wall-clock time as an RFC 5545 local DATE-TIME (no "Z"). */
const brussels = (date: Date) => `${toBrusselsLocal(date).replace(/[-:]/g, "")}00`;

// A URI value is not TEXT: no backslash escapes, but nothing may break the line.
const escapeUri = (url: string) => url.replace(/[\r\n]/g, "");

const escapeText = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

const encoder = new TextEncoder();

/** Lines longer than 75 octets continue on the next line after a space, never splitting a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
