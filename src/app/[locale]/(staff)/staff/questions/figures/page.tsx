import { getFormatter, getTranslations } from "next-intl/server";
import { withheldLabel, type ShownCount } from "@/domain/figures/small-numbers";
import { questionFigures } from "@/server/questions/question-figures";
import { staffPage } from "../../_page/staff-page";
import { DataTable } from "@/components/ui/data-table";

const page = staffPage({ permission: "questions.figures", title: "questions.figures.title" });
export const generateMetadata = page.metadata;

export default page.render(async function QuestionFiguresPage({ locale, actor }) {
  const figures = await questionFigures(actor);
  const t = await getTranslations({ locale, namespace: "questions" });
  const format = await getFormatter();
  const figuresText = await getTranslations({ locale, namespace: "figures" });
  const count = (value: ShownCount) =>
    typeof value === "number"
      ? format.number(value)
      : value === withheldLabel
        ? figuresText("page.withheld")
        : value;
  const table = (
    caption: string,
    header: string,
    rows: { key: string; count: ShownCount }[],
    label: (key: string) => string,
  ) => (
    <DataTable
      label={caption}
      caption={caption}
      className="mt-4"
      rows={rows}
      rowKey={(row) => row.key}
      columns={[
        { header, rowHeader: true, cell: (row) => label(row.key) },
        { header: t("figures.questions"), className: "text-right", cell: (row) => count(row.count) },
      ]}
    />
  );
  const topicLabel = (key: string) => t(`topics.${key as "OTHER"}`);
  const regionLabel = (key: string) => t(`regions.${key as "BRUSSELS"}`);

  return (
    <>
      <p>
        <a href={`/${locale}/staff/questions`}>{t("title")}</a>
      </p>
      <h1>{t("figures.title")}</h1>
      <p className="mt-2">{figures.municipalityOnly ? t("figures.scopeOwn") : t("figures.scopeAll")}</p>
      <p className="mt-2 text-sm">
        {t("figures.smallNote")} {figures.exact ? null : t("figures.withheldNote")}
      </p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("figures.medianHours")}</dt>
        <dd>
          {figures.medianHours === null
            ? t("figures.notShown")
            : t("figures.hours", { count: figures.medianHours })}
        </dd>
        <dt className="font-semibold">{t("figures.p90Hours")}</dt>
        <dd>
          {figures.p90Hours === null
            ? t("figures.notShown")
            : t("figures.hours", { count: figures.p90Hours })}
        </dd>
        <dt className="font-semibold">{t("figures.withinTarget")}</dt>
        <dd>
          {figures.withinTarget === null
            ? t("figures.notShown")
            : format.number(figures.withinTarget, { style: "percent", maximumFractionDigits: 0 })}
        </dd>
      </dl>
      {table(t("figures.perTopic"), t("ask.topic"), figures.perTopic, topicLabel)}
      {table(t("figures.perRegion"), t("list.region"), figures.perRegion, regionLabel)}
      {table(t("figures.perMonth"), t("figures.month"), figures.perMonth, (key) => key)}
    </>
  );
});
