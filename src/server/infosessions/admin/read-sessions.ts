import "server-only";
import type { CatalogueFilter } from "@/domain/infosessions/catalogue-filter";
import { brusselsDayStart } from "@/domain/time/brussels";
import { toCsv } from "@/domain/csv/write";
import type { Actor } from "../../auth/actor";
import { authorize } from "../../auth/authorize";
import { recordAudit } from "../../audit";
import { db } from "../../db";
import { AppError } from "../../errors";

/** Sessions for the administrators' list: counts only, no personal data. */
export async function listSessionsForAdmin(
  actor: Actor,
  options: { includePast?: boolean; filter?: CatalogueFilter } = {},
) {
  await authorize(actor, "infosessions.manage");
  const { series, language, region, from } = options.filter ?? {};
  const recent = new Date(Date.now() - 7 * 86_400_000);
  const since = from ? brusselsDayStart(from) : options.includePast ? undefined : recent;
  const sessions = await db().infosession.findMany({
    where: {
      ...(since ? { startsAt: { gt: since } } : {}),
      ...(series ? { series } : {}),
      ...(language ? { language } : {}),
      ...(region ? { region } : {}),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      id: true,
      series: true,
      language: true,
      region: true,
      startsAt: true,
      capacity: true,
      seatsTaken: true,
      status: true,
    },
  });
  const waiting = await db().registration.groupBy({
    by: ["sessionId"],
    where: { status: "WAITLISTED", sessionId: { in: sessions.map((s) => s.id) } },
    _sum: { seats: true },
  });
  const waitingSeats = new Map(waiting.map((row) => [row.sessionId, row._sum.seats ?? 0]));
  return sessions.map((session) => ({ ...session, waitlistSeats: waitingSeats.get(session.id) ?? 0 }));
}

const registrationFields = {
  id: true,
  status: true,
  seats: true,
  registrantType: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  locale: true,
  municipalityNis: true,
  queuedAt: true,
  attendees: {
    select: { id: true, firstName: true, birthYear: true, present: true },
    orderBy: { id: "asc" },
  },
  personId: true,
} as const;

/** Whose contact details a list shows: registration ids, and the persons behind those a caseworker made. */
const registrantIds = (registrations: { id: string; personId: string | null }[]) => ({
  registrationIds: registrations.map((registration) => registration.id),
  personIds: registrations.flatMap((registration) => (registration.personId ? [registration.personId] : [])),
});

/** One session with its registrations and waiting list (in queue order). Reading personal data is audited. */
export async function sessionDetailForAdmin(actor: Actor, id: string) {
  await authorize(actor, "infosessions.manage", { type: "Infosession", id });
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("NOT_FOUND");
  const session = await db().infosession.findUnique({ where: { id } });
  if (!session) throw new AppError("NOT_FOUND");
  const registrations = await db().registration.findMany({
    where: { sessionId: id },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    select: registrationFields,
  });
  await recordAudit(
    db(),
    actor,
    "READ",
    { type: "Infosession", id },
    { registrations: registrations.length, ...registrantIds(registrations) },
  );
  return {
    session,
    confirmed: registrations.filter((r) => ["CONFIRMED", "ATTENDED", "NO_SHOW"].includes(r.status)),
    waitlist: registrations.filter((r) => r.status === "WAITLISTED"),
    cancelled: registrations.filter((r) => r.status === "CANCELLED"),
  };
}

/** The export's columns, in order; the app layer names them in the reader's language. */
export const registrationExportColumns = [
  "registrationId",
  "status",
  "registrantType",
  "contactName",
  "contactEmail",
  "contactPhone",
  "locale",
  "municipalityNis",
  "queuedAt",
  "attendeeFirstName",
  "attendeeBirthYear",
] as const;
export type RegistrationExportColumn = (typeof registrationExportColumns)[number];

/** The registrations of one session as CSV, one row per attendee; formula-like cells are neutralised. */
export async function exportRegistrationsCsv(
  actor: Actor,
  id: string,
  header: (column: RegistrationExportColumn) => string = (column) => column,
): Promise<string> {
  await authorize(actor, "infosessions.manage", { type: "Infosession", id });
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("NOT_FOUND");
  const session = await db().infosession.findUnique({ where: { id }, select: { id: true } });
  if (!session) throw new AppError("NOT_FOUND");
  const registrations = await db().registration.findMany({
    where: { sessionId: id },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    select: registrationFields,
  });
  const rows: (string | number | null)[][] = [];
  for (const registration of registrations) {
    for (const attendee of registration.attendees) {
      rows.push([
        registration.id,
        registration.status,
        registration.registrantType,
        registration.contactName,
        registration.contactEmail,
        registration.contactPhone,
        registration.locale,
        registration.municipalityNis,
        registration.queuedAt.toISOString(),
        attendee.firstName,
        attendee.birthYear,
      ]);
    }
  }
  await recordAudit(
    db(),
    actor,
    "EXPORT",
    { type: "Infosession", id },
    { registrations: registrations.length, rows: rows.length, ...registrantIds(registrations) },
  );
  return toCsv(registrationExportColumns.map(header), rows);
}
