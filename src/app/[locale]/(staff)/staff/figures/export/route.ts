import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { figuresCsv, type ExportLabels } from "@/domain/figures/export-table";
import { figuresQueryInput } from "@/domain/figures/figures-query";
import { isLocale, type Locale } from "@/domain/locale";
import { getActor } from "@/server/auth/current-actor";
import { AppError, httpStatusOf } from "@/server/errors";
import { exportFigures, exportTables, type ExportTable } from "@/server/figures/export-figures";
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
    const exported = await exportFigures(actor, table as ExportTable, query.data);
    return new NextResponse(figuresCsv(exported, await labelsFor(locale)), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exported.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new NextResponse(error.code, { status: httpStatusOf(error) });
    throw error;
  }
}

/** The figures page's own words, so the file's headers and codes read as its tables do. */
async function labelsFor(locale: Locale): Promise<ExportLabels> {
  const t = await getTranslations({ locale, namespace: "figures" });
  const options = await getTranslations({ locale, namespace: "referrals.options" });
  return {
    header: (key) => t(key as "page.title"),
    code: (list, value) =>
      list === "region"
        ? t(value === "BRUSSELS" ? "page.regionBrussels" : "page.regionFlanders")
        : options(
            `${{ referralType: "type", referralStatus: "status", intendedStay: "intendedStay" }[list]}.${value}` as "yes",
          ),
    yesNo: (value) => options(value ? "yes" : "no"),
    hiddenColumn: t("export.hidden"),
    hidden: (reason) => t(reason === "small" ? "export.small" : "export.withheld"),
  };
}
