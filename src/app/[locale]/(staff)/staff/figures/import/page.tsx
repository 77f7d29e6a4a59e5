import { getTranslations } from "next-intl/server";
import { decodeCsvErrors } from "@/domain/figures/csv-error-codes";
import { officialCsvHeader } from "@/domain/figures/official-csv";
import { getImportPreview } from "@/server/figures/import-official-figures";
import { confirmImport } from "./actions";
import { DataTable } from "@/components/ui/data-table";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const pageErrors = ["tooLarge", "noFile", "conflict"] as const;

const page = staffPage<Record<never, string>, Record<string, string | undefined>>({
  permission: "figures.import",
  title: "figures.import.title",
  path: () => "/staff/figures/import",
});
export const generateMetadata = page.metadata;

export default page.render(async function ImportFiguresPage({ locale, actor, searchParams: query }) {
  const t = await getTranslations({ locale, namespace: "figures.import" });
  const pageError = pageErrors.find((key) => key === query.error);
  const rowErrors = decodeCsvErrors(query.errors);
  const total = Math.max(rowErrors.length, Number(query.total) || 0);
  let preview: Awaited<ReturnType<typeof getImportPreview>> | null = null;
  if (query.preview && /^[0-9a-f-]{36}$/i.test(query.preview)) {
    preview = await orNotFound(getImportPreview(actor, query.preview));
  }

  return (
    <>
      <p>
        <a href={`/${locale}/staff/figures`}>{t("back")}</a>
      </p>
      <h1 className="mt-2">{t("title")}</h1>
      {query.imported && <Notice kind="done">{t("imported", { count: Number(query.imported) || 0 })}</Notice>}
      {pageError && <Notice kind="error">{t(`error.${pageError}`)}</Notice>}
      {rowErrors.length > 0 && (
        <section
          role="alert"
          aria-labelledby="errors-title"
          className="mt-4 rounded border-2 border-red-700 bg-red-50 p-3 text-red-900"
        >
          <h2 id="errors-title" className="mt-0 text-lg">
            {t("errorsTitle", { count: total })}
          </h2>
          <DataTable
            label={t("errorsTitle", { count: total })}
            className="mt-2"
            rows={rowErrors}
            rowKey={(_error, index) => String(index)}
            columns={[
              { header: t("line"), cell: (error) => error.line },
              { header: t("column"), cell: (error) => error.column ?? "–" },
              {
                header: t("problem"),
                cell: (error) =>
                  error.key === "duplicateRow"
                    ? t("error.duplicateRow", { line: "duplicateOf" in error ? (error.duplicateOf ?? 0) : 0 })
                    : t(`error.${error.key}`),
              },
            ]}
          />
        </section>
      )}

      {preview && preview.status === "PREVIEW" ? (
        <section aria-labelledby="preview-title" className="mt-6">
          <h2 id="preview-title">{t("previewTitle", { file: preview.fileName })}</h2>
          <p>{t("previewReady", { count: preview.rowCount })}</p>
          <form action={confirmImport.bind(null, locale)} className="mt-3">
            <input type="hidden" name="importId" value={preview.id} />
            <Button type="submit">{t("confirm", { count: preview.rowCount })}</Button>
          </form>
          <DataTable
            label={t("previewTitle", { file: preview.fileName })}
            className="mt-4 max-h-96 overflow-y-auto"
            rows={preview.rows.slice(0, 500)}
            rowKey={(row) => String(row.line)}
            columns={[
              { header: t("line"), cell: (row) => row.line },
              {
                header: t("municipality"),
                cell: (row) => (
                  <>
                    {row.municipalityNis}
                    {row.mappedFrom && (
                      <span className="block text-sm">
                        {t("mappedFrom", { codes: row.mappedFrom.join(", ") })}
                      </span>
                    )}
                  </>
                ),
              },
              { header: t("date"), cell: (row) => row.date },
              { header: t("certificates"), cell: (row) => row.certificates },
              { header: t("registered"), cell: (row) => row.registered },
            ]}
          />
        </section>
      ) : (
        <>
          {preview && <p className="mt-4">{t("alreadyImported")}</p>}
          <p className="mt-4">{t("intro")}</p>
          <p className="mt-2">
            {t("example")}: <code>{officialCsvHeader.join(",")}</code>, <code>44021,2026-05-06,120,80</code>
          </p>
          <form
            method="post"
            action={`/${locale}/staff/figures/import/upload`}
            encType="multipart/form-data"
            className="mt-4 space-y-3"
          >
            <p>
              <label htmlFor="file" className="block font-semibold">
                {t("file")}
              </label>
              <input id="file" name="file" type="file" accept=".csv,text/csv" required className="mt-1" />
            </p>
            <Button type="submit">{t("upload")}</Button>
          </form>
        </>
      )}
    </>
  );
});
