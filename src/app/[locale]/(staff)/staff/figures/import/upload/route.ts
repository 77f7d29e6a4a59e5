import { NextResponse } from "next/server";
import { officialCsvMaxBytes } from "@/domain/figures/official-csv";
import { isLocale } from "@/domain/locale";
import { authorize } from "@/server/auth/authorize";
import { getActor } from "@/server/auth/current-actor";
import { AppError } from "@/server/errors";
import { previewOfficialFiguresImport } from "@/server/figures/import-official-figures";
import { readCappedBody } from "@/server/figures/read-capped-body";
import { isSameOrigin } from "@/server/http/same-origin";
import { seeOther } from "@/server/http/see-other";
import { encodeCsvErrors } from "@/domain/figures/csv-error-codes";

/** Room for the multipart boundaries and headers around a file at the cap. */
const multipartOverhead = 16 * 1024;

/**
 * POST of the upload form (multipart). A route handler rather than a server action, so that the
 * body is capped while it streams in: a 50 MB upload is refused from its Content-Length, or cut off
 * at the cap, and never read whole. Then 303 to the import page with the preview or the errors.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new NextResponse(null, { status: 404 });
  // Not a server action, so Next's Origin check does not apply: the same check, here.
  if (!isSameOrigin(request)) return new NextResponse("FORBIDDEN", { status: 403 });
  const page = (search: string) => seeOther(`/${locale}/staff/figures/import${search}`);
  const actor = await getActor();
  if (!actor) return seeOther(`/${locale}/staff/sign-in`);
  try {
    await authorize(actor, "figures.import", { type: "OfficialFigureImport" });
    const body = await readCappedBody(request, officialCsvMaxBytes + multipartOverhead);
    if (!body.ok) return page("?error=tooLarge");
    const form = await new Response(body.bytes as BodyInit, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    })
      .formData()
      .catch(() => null);
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) return page("?error=noFile");
    if (file.size > officialCsvMaxBytes) return page("?error=tooLarge");
    const preview = await previewOfficialFiguresImport(actor, {
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    if (preview.importId) return page(`?preview=${preview.importId}`);
    return page(
      `?${new URLSearchParams({ errors: encodeCsvErrors(preview.errors), total: String(preview.errors.length) })}`,
    );
  } catch (error) {
    if (error instanceof AppError)
      return new NextResponse(error.code, { status: error.code === "FORBIDDEN" ? 403 : 400 });
    throw error;
  }
}
