import { NextResponse } from "next/server";
import { figuresQueryInput } from "@/domain/figures/figures-query";
import { isLocale } from "@/domain/locale";
import { getActor } from "@/server/auth/current-actor";
import { AppError, httpStatusOf } from "@/server/errors";
import { exportFiguresCsv, exportTables, type ExportTable } from "@/server/figures/export-figures";
import { seeOther } from "@/server/http/see-other";

/** GET …/staff/figures/export?table=months&from=2026-01&to=2026-11[&place=…]: the figures as CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new NextResponse(null, { status: 404 });
  const actor = await getActor();
  if (!actor) return seeOther(`/${locale}/staff/sign-in`);
  const search = new URL(request.url).searchParams;
  const table = search.get("table") ?? "months";
  const query = figuresQueryInput.safeParse({
    from: search.get("from") || undefined,
    to: search.get("to") || undefined,
    place: search.get("place") || undefined,
  });
  if (!(exportTables as readonly string[]).includes(table) || !query.success)
    return new NextResponse("Bad request", { status: 400 });
  try {
    const { fileName, csv } = await exportFiguresCsv(actor, table as ExportTable, query.data);
    // A byte-order mark so that Excel reads the UTF-8 municipality names correctly.
    return new NextResponse(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new NextResponse(error.code, { status: httpStatusOf(error) });
    throw error;
  }
}
