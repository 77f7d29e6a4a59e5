import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/permissions";
import { questionTopics } from "@/domain/questions/topics";
import { answersToLookAt, searchAnswers } from "@/server/questions/search-answers";
import { answerDecisionAction } from "./actions";
import { DecisionForm } from "./decision-form";
import { staffPage } from "../_page/staff-page";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

const page = staffPage<Record<never, string>, { q?: string; topic?: string }>({
  permission: "answers.read",
  title: "questions.answers.title",
  path: () => "/staff/answers",
});
export const generateMetadata = page.metadata;

/** Answers for everyone: search and filter (a plain GET form); advisers also approve proposals and review old answers. */
export default page.render(async function AnswersPage({ locale, actor, searchParams: query }) {
  const t = await getTranslations({ locale, namespace: "questions" });
  const format = await getFormatter();
  const text = typeof query.q === "string" ? query.q.slice(0, 200) : "";
  const topic = (questionTopics as readonly string[]).includes(query.topic ?? "")
    ? (query.topic as string)
    : "";
  const answers = await searchAnswers(actor, { text, topic });
  const adviser = can(actor.role, "answers.publish") ? await answersToLookAt(actor) : null;
  const decide = answerDecisionAction.bind(null, locale);
  const input = "mt-1 w-full rounded border-2 border-slate-600 p-2";

  return (
    <>
      <h1>{t("answers.title")}</h1>
      <p className="mt-2">{t("answers.intro")}</p>
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-4">
        <TextField
          id="q"
          name="q"
          type="search"
          label={t("answers.searchText")}
          defaultValue={text}
          maxLength={200}
          className="grow"
        />
        <p>
          <label htmlFor="filter-topic" className="block font-semibold">
            {t("ask.topic")}
          </label>
          <select id="filter-topic" name="topic" defaultValue={topic} className={input}>
            <option value="">{t("answers.allTopics")}</option>
            {questionTopics.map((value) => (
              <option key={value} value={value}>
                {t(`topics.${value}`)}
              </option>
            ))}
          </select>
        </p>
        <Button type="submit">{t("answers.search")}</Button>
      </form>

      <p className="mt-4" role="status">
        {t("answers.results", { count: answers.length })}
      </p>
      {answers.length === 0 ? (
        <p className="mt-2">{t("answers.empty")}</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {answers.map((answer) => (
            <li key={answer.id} id={`answer-${answer.id}`} className="rounded border border-slate-300 p-3">
              <h2 className="mt-0 text-lg">{answer.title}</h2>
              <p className="text-sm">
                {t(`topics.${answer.topic}`)} ·{" "}
                {t("answers.lastReviewed", {
                  date: format.dateTime(answer.lastReviewedAt ?? answer.publishedAt, { dateStyle: "medium" }),
                })}
              </p>
              <h3 className="mt-2 text-base">{t("answers.question")}</h3>
              <p className="whitespace-pre-line">{answer.question}</p>
              <h3 className="mt-2 text-base">{t("answers.answer")}</h3>
              <p className="whitespace-pre-line">{answer.answer}</p>
            </li>
          ))}
        </ul>
      )}

      {adviser && (
        <>
          <h2>{t("answers.proposalsTitle")}</h2>
          {adviser.proposals.length === 0 ? (
            <p className="mt-2">{t("answers.empty")}</p>
          ) : (
            <ul className="mt-2 space-y-4">
              {adviser.proposals.map((proposal) => (
                <li key={proposal.id} className="rounded border border-slate-300 p-3">
                  <h3 className="mt-0 text-base">{proposal.title}</h3>
                  <p className="text-sm">
                    {t(`topics.${proposal.topic}`)} · {proposal.author.name}
                  </p>
                  <p className="mt-1 whitespace-pre-line">{proposal.question}</p>
                  <p className="mt-1 whitespace-pre-line">{proposal.answer}</p>
                  {proposal.mine ? (
                    <p className="mt-2 text-sm">{t("answers.yourOwn")}</p>
                  ) : (
                    <DecisionForm
                      action={decide}
                      answerId={proposal.id}
                      decision="approve"
                      submit={t("answers.approve")}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {adviser.dueForReview.length > 0 && (
            <>
              <h2>{t("answers.reviewTitle")}</h2>
              <ul className="mt-2 space-y-4">
                {adviser.dueForReview.map((answer) => (
                  <li key={answer.id} className="rounded border border-slate-300 p-3">
                    <h3 className="mt-0 text-base">{answer.title}</h3>
                    <DecisionForm
                      action={decide}
                      answerId={answer.id}
                      decision="reviewed"
                      submit={t("answers.markReviewed")}
                    />
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
});
