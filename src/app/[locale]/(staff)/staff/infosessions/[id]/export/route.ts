import { getTranslations } from "next-intl/server";
import { isLocale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { exportRegistrationsCsv } from "@/server/infosessions/admin/read-sessions";

/** The registrations of one session as CSV (audited as an export). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; id: string }> },
) {
  const { locale, id } = await params;
  const readerLocale = isLocale(locale) ? locale : "nl";
  const actor = await requireActor(readerLocale, "infosessions.manage");
  const t = await getTranslations({ locale: readerLocale, namespace: "sessionsAdmin.export" });
  try {
    const csv = await exportRegistrationsCsv(actor, id, (column) => t(column));
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="infosession-${id}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404 });
    throw error;
  }
}
