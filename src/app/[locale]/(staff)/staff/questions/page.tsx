import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/permissions";
import { legalTopics, sectorTopics } from "@/domain/questions/topics";
import { listQuestions } from "@/server/questions/list-questions";
import { municipalitiesToAskAbout } from "@/server/questions/municipalities";
import { askQuestionAction, similarAnswersAction } from "./actions";
import { AskForm } from "./ask-form";
import { staffPage } from "../_page/staff-page";

const page = staffPage({
  // Advisers and administrators answer; everyone else must be allowed to ask (refusals are audited).
  permission: (user) => (can(user.actor.role, "questions.answer") ? "questions.answer" : "questions.ask"),
  title: "questions.title",
  path: () => "/staff/questions",
});
export const generateMetadata = page.metadata;

/** Askers see the form and their organisation's questions; advisers and administrators their queue, overdue first. */
export default page.render(async function QuestionsPage({ locale, actor }) {
  const asks = can(actor.role, "questions.ask");
  const t = await getTranslations({ locale, namespace: "questions" });
  const format = await getFormatter();
  const now = new Date();
  const { questions, answers } = await listQuestions(actor);
  const municipalities = asks ? await municipalitiesToAskAbout(actor) : [];

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {can(actor.role, "questions.figures") && (
        <p className="mt-2">
          <a href={`/${locale}/staff/questions/figures`}>{t("figures.title")}</a>
        </p>
      )}

      <h2>{answers ? t("list.queueTitle") : t("list.ownTitle")}</h2>
      <p>{t("list.count", { count: questions.length })}</p>
      {questions.length === 0 ? (
        <p className="mt-2">{t("list.empty")}</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {questions.map((question) => {
            const overdue = !question.firstAnsweredAt && question.firstAnswerDueAt < now;
            return (
              <li
                key={question.id}
                className={`rounded border p-3 ${overdue ? "border-red-700" : "border-slate-300"}`}
              >
                <p className="font-semibold">
                  <a href={`/${locale}/staff/questions/${question.id}`}>{question.title}</a>
                  {overdue && (
                    <strong className="ml-2 rounded bg-red-800 px-2 text-white">{t("list.overdue")}</strong>
                  )}
                </p>
                <p className="text-sm">
                  {t(`topics.${question.topic}`)} · {question.municipality.nameNl} (
                  {t(`regions.${question.region}`)}) · {t("list.status")}: {t(`statuses.${question.status}`)}
                  {question.assignedTo && ` · ${t("list.assignedTo")}: ${question.assignedTo.name}`}
                </p>
                <p className="text-sm">
                  {t("list.askedOn")}{" "}
                  {format.dateTime(question.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  {!question.firstAnsweredAt &&
                    ` · ${t("list.due")} ${format.dateTime(question.firstAnswerDueAt, { dateStyle: "medium", timeStyle: "short" })}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}

      {asks && (
        <>
          <h2>{t("ask.title")}</h2>
          <AskForm
            action={askQuestionAction.bind(null, locale)}
            similar={similarAnswersAction.bind(null, locale)}
            topicGroups={[
              {
                label: t("topicGroups.legal"),
                topics: legalTopics.map((topic) => ({ value: topic, label: t(`topics.${topic}`) })),
              },
              {
                label: t("topicGroups.sector"),
                topics: sectorTopics.map((topic) => ({ value: topic, label: t(`topics.${topic}`) })),
              },
            ]}
            municipalities={municipalities.map((municipality) => ({
              value: municipality.nisCode,
              label: municipality.nameNl,
            }))}
            ownMunicipality={actor.municipalityNis ?? ""}
            answersPath={`/${locale}/staff/answers`}
            labels={{
              situationsNotPersons: t("ask.situationsNotPersons"),
              topic: t("ask.topic"),
              questionTitle: t("ask.questionTitle"),
              questionTitleHint: t("ask.questionTitleHint"),
              body: t("ask.body"),
              bodyHint: t("ask.bodyHint"),
              municipality: t("ask.municipality"),
              submit: t("ask.submit"),
              lookForSimilar: t("ask.lookForSimilar"),
              similarTitle: t("ask.similarTitle"),
              similarNone: t("ask.similarNone"),
            }}
          />
        </>
      )}
    </>
  );
});
