import { getTranslations } from "next-intl/server";
import { legalTopics, sectorTopics, supportRegions } from "@/domain/questions/topics";
import { listAdviserProfiles } from "@/server/questions/adviser-profiles";
import { saveAdviserProfileAction, saveTopicTargetAction } from "./actions";
import { SettingsForm } from "./settings-form";
import { staffPage } from "../_page/staff-page";

const page = staffPage({ permission: "advisers.manage", title: "questions.advisers.title" });
export const generateMetadata = page.metadata;

/** Administrators set each AgII adviser's topics and regions, and the first-answer target per topic. */
export default page.render(async function AdvisersPage({ locale, actor }) {
  const { advisers, targets } = await listAdviserProfiles(actor);
  const t = await getTranslations({ locale, namespace: "questions" });
  const checkbox = (name: string, value: string, label: string, checked: boolean, idPrefix: string) => (
    <label key={value} className="flex items-center gap-2">
      <input
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        id={`${idPrefix}-${value}`}
        className="h-5 w-5"
      />
      {label}
    </label>
  );
  return (
    <>
      <h1>{t("advisers.title")}</h1>
      <p className="mt-2">{t("advisers.intro")}</p>
      {advisers.length === 0 && <p className="mt-4">{t("advisers.none")}</p>}
      {advisers.map((adviser) => (
        <section
          key={adviser.id}
          aria-labelledby={`adviser-${adviser.id}`}
          className="mt-6 rounded border border-slate-300 p-4"
        >
          <h2 id={`adviser-${adviser.id}`}>{adviser.name}</h2>
          <SettingsForm
            action={saveAdviserProfileAction.bind(null, locale)}
            submit={t("advisers.save", { name: adviser.name })}
          >
            <input type="hidden" name="userId" value={adviser.id} />
            <fieldset>
              <legend className="font-semibold">{t("advisers.topics")}</legend>
              <div className="grid gap-1 sm:grid-cols-2">
                {[...legalTopics, ...sectorTopics].map((topic) =>
                  checkbox(
                    "topics",
                    topic,
                    t(`topics.${topic}`),
                    adviser.topics.includes(topic),
                    `topic-${adviser.id}`,
                  ),
                )}
              </div>
            </fieldset>
            <fieldset>
              <legend className="font-semibold">{t("advisers.regions")}</legend>
              <div className="grid gap-1 sm:grid-cols-3">
                {supportRegions.map((region) =>
                  checkbox(
                    "regions",
                    region,
                    t(`regions.${region}`),
                    adviser.regions.includes(region),
                    `region-${adviser.id}`,
                  ),
                )}
              </div>
            </fieldset>
          </SettingsForm>
        </section>
      ))}
      <section aria-labelledby="targets" className="mt-8">
        <h2 id="targets">{t("advisers.targetsTitle")}</h2>
        <p className="mt-2">{t("advisers.targetsIntro")}</p>
        {targets.map((target) => (
          <SettingsForm
            key={target.topic}
            action={saveTopicTargetAction.bind(null, locale)}
            submit={t("advisers.saveTarget")}
          >
            <input type="hidden" name="topic" value={target.topic} />
            <p>
              <label htmlFor={`target-${target.topic}`} className="block font-semibold">
                {t("advisers.workingDays", { topic: t(`topics.${target.topic}`) })}
              </label>
              <input
                id={`target-${target.topic}`}
                type="number"
                name="workingDays"
                min={1}
                max={20}
                required
                defaultValue={target.workingDays}
                className="mt-1 w-24 rounded border-2 border-slate-600 p-2"
              />
            </p>
          </SettingsForm>
        ))}
      </section>
    </>
  );
});
