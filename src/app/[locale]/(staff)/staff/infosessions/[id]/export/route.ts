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
  const actor = await requireActor(isLocale(locale) ? locale : "nl", "infosessions.manage");
  try {
    const csv = await exportRegistrationsCsv(actor, id);
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
