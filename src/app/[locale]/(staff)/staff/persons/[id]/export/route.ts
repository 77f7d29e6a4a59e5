import { isLocale } from "@/domain/locale";
import { requireActor } from "@/server/auth/current-actor";
import { exportPerson } from "@/server/cases/export-person";
import { AppError, httpStatusOf } from "@/server/errors";

/** Everything held about one person, as a JSON download for a subject access request (administrators). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; id: string }> },
) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  try {
    const actor = await requireActor(locale, "persons.export");
    const data = await exportPerson(actor, id);
    const body = JSON.stringify(
      data,
      (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
      2,
    );
    return new Response(body, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="person-${id}.json"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(null, { status: httpStatusOf(error) });
    throw error;
  }
}
