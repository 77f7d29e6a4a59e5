import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/domain/permissions";
import { questionTransition } from "@/domain/questions/states";
import { questionTopics, supportRegions } from "@/domain/questions/topics";
import { getQuestion } from "@/server/questions/get-question";
import { proposeAnswerAction } from "../../answers/actions";
import { ProposeAnswerForm } from "../../answers/propose-form";
import { stepQuestionAction } from "../actions";
import { StepForm } from "./step-form";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { Notice } from "@/components/ui/notice";

const page = staffPage<{ id: string }, { done?: string }>({
  // Advisers and administrators answer; everyone else must be allowed to ask (refusals are audited).
  permission: (user) => (can(user.actor.role, "questions.answer") ? "questions.answer" : "questions.ask"),
  title: "questions.title",
});
export const generateMetadata = page.metadata;

/** One question and its stamped thread, with the steps the viewer may take now. */
export default page.render(async function QuestionPage({ locale, actor, params: { id }, searchParams }) {
  const { question, mayAnswer, mayAct, mayReopen } = await orNotFound(getQuestion(actor, { questionId: id }));
  const t = await getTranslations({ locale, namespace: "questions" });
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const step = stepQuestionAction.bind(null, locale);
  const possible = (move: Parameters<typeof questionTransition>[1]) =>
    questionTransition(question.status, move) !== null;
  const common = {
    action: step,
    questionId: question.id,
    version: question.version,
  };
  const select = "mt-1 w-full rounded border-2 border-slate-600 p-2";

  return (
    <>
      <p>
        <a href={`/${locale}/staff/questions`}>{t("title")}</a>
      </p>
      <h1>{question.title}</h1>
      {searchParams.done === "asked" && <Notice kind="done">{t("ask.sent")}</Notice>}
      <p className="mt-2 text-sm">
        {t(`topics.${question.topic}`)} · {question.municipality.nameNl} ({t(`regions.${question.region}`)}) ·{" "}
        {t("list.status")}: <strong>{t(`statuses.${question.status}`)}</strong>
        {question.assignedTo && ` · ${t("list.assignedTo")}: ${question.assignedTo.name}`}
      </p>
      <p className="text-sm">
        {t("detail.askedBy", {
          name: question.askedBy.name,
          organisation: question.askerOrganisation.name,
          date: when(question.createdAt),
        })}
      </p>
      {!question.firstAnsweredAt && (
        <p className="text-sm">
          {t("list.due")} {when(question.firstAnswerDueAt)}
        </p>
      )}
      <p className="mt-4 rounded bg-slate-50 p-3 whitespace-pre-line">{question.body}</p>

      <h2>{t("detail.thread")}</h2>
      <ol className="mt-2 space-y-3">
        {question.messages.map((message) => (
          <li key={message.id} className="rounded border border-slate-300 p-3">
            <p className="text-sm font-semibold">
              {t(`detail.kinds.${message.kind}`)} · {message.author.name} · {when(message.createdAt)}
              {message.fromStatus &&
                message.toStatus &&
                ` · ${t("detail.statusChange", { from: t(`statuses.${message.fromStatus}`), to: t(`statuses.${message.toStatus}`) })}`}
            </p>
            {message.body && <p className="mt-1 whitespace-pre-line">{message.body}</p>}
          </li>
        ))}
      </ol>

      {mayAnswer && (
        <>
          {possible("take") && (
            <StepForm {...common} move="take" submit={t("detail.take")} variant="secondary" />
          )}
          {possible("answer") && (
            <StepForm
              {...common}
              move="answer"
              submit={t("detail.answer")}
              messageLabel={t("detail.message")}
            />
          )}
          {possible("askBack") && (
            <StepForm
              {...common}
              move="askBack"
              submit={t("detail.askBack")}
              messageLabel={t("detail.message")}
              variant="secondary"
            />
          )}
          {possible("pass") && (
            <StepForm
              {...common}
              move="pass"
              submit={t("detail.pass")}
              messageLabel={t("detail.passNote")}
              variant="secondary"
            >
              <p>
                <label htmlFor="pass-topic" className="block font-semibold">
                  {t("detail.passTopic")}
                </label>
                <select id="pass-topic" name="topic" defaultValue={question.topic} className={select}>
                  {questionTopics.map((topic) => (
                    <option key={topic} value={topic}>
                      {t(`topics.${topic}`)}
                    </option>
                  ))}
                </select>
              </p>
              <p>
                <label htmlFor="pass-region" className="block font-semibold">
                  {t("detail.passRegion")}
                </label>
                <select id="pass-region" name="region" defaultValue={question.region} className={select}>
                  {supportRegions.map((region) => (
                    <option key={region} value={region}>
                      {t(`regions.${region}`)}
                    </option>
                  ))}
                </select>
              </p>
            </StepForm>
          )}
        </>
      )}
      {mayAct && (
        <>
          {possible("reply") && (
            <StepForm
              {...common}
              move="reply"
              submit={t("detail.reply")}
              messageLabel={t("detail.message")}
            />
          )}
          {possible("close") && (
            <StepForm {...common} move="close" submit={t("detail.close")} variant="secondary" />
          )}
          {mayReopen && (
            <>
              <p className="mt-4 text-sm">{t("detail.reopenHint")}</p>
              <StepForm {...common} move="reopen" submit={t("detail.reopen")} variant="secondary" />
            </>
          )}
        </>
      )}
      {can(actor.role, "answers.publish") && question.status === "ANSWERED" && (
        <section>
          <h2>{t("answers.proposeTitle")}</h2>
          <p className="mt-2">{t("answers.proposeHint")}</p>
          <ProposeAnswerForm
            action={proposeAnswerAction.bind(null, locale)}
            questionId={question.id}
            topic={question.topic}
            labels={{
              title: t("ask.questionTitle"),
              question: t("answers.question"),
              answer: t("answers.answer"),
              submit: t("answers.propose"),
            }}
          />
        </section>
      )}
    </>
  );
});
