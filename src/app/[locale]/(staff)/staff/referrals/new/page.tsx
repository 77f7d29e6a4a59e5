import { getFormatter, getTranslations } from "next-intl/server";
import {
  availabilities,
  courseModes,
  intendedStays,
  nt2ProfileInput,
  priorSchoolings,
} from "@/domain/nt2/profile";
import { regions } from "@/domain/infosessions/topics";
import { providersServing, suggestNt2Offer } from "@/domain/nt2/suggest-offer";
import { can } from "@/domain/permissions";
import { currentFactsOrInitial } from "@/server/facts/current-facts";
import { nt2ReferralForm } from "@/server/referrals/nt2-referral-form";
import { sendNt2Referral } from "./actions";
import { SendReferralForm } from "./send-form";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const many = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const page = staffPage({
  permission: "referrals.create",
  title: "referrals.new.title",
  path: () => "/staff/referrals/new",
});
export const generateMetadata = page.metadata;

export default page.render(async function NewReferralPage({ locale, actor, searchParams: query }) {
  const t = await getTranslations({ locale, namespace: "referrals" });
  const format = await getFormatter();
  const personId = one(query.personId);
  if (!personId || !/^[0-9a-f-]{36}$/i.test(personId)) {
    return (
      <>
        <h1>{t("new.title")}</h1>
        <p className="mt-4">{t("new.missingPerson")}</p>
      </>
    );
  }
  const form = await orNotFound(nt2ReferralForm(actor, personId));
  // Started from an intake: that intake is the one the referral is linked to, unless changed.
  const intakeId = form.person.intakes.find((intake) => intake.id === one(query.intakeId))?.id;

  const submitted = query.intendedStay !== undefined;
  const raw = {
    cvoProfile: one(query.cvoProfile),
    digitallySkilled: one(query.digitallySkilled),
    intendedStay: one(query.intendedStay),
    priorSchooling: one(query.priorSchooling),
    availability: many(query.availability),
    mode: one(query.mode) ?? "EITHER",
    region: one(query.region) ?? form.region,
  };
  const profile = submitted ? nt2ProfileInput.safeParse(raw) : null;
  const suggestion = profile?.success ? suggestNt2Offer(profile.data) : null;
  // The welcome module's size as staff keep it on the Facts screen (the code's value when the database has none).
  const { dutchCourses } = await currentFactsOrInitial();
  const region = profile?.success ? profile.data.region : form.region;
  const inRegion = providersServing(form.providers, { region, municipalityNis: form.person.municipalityNis });
  const elsewhere = form.providers
    .filter((provider) => !inRegion.includes(provider))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
  const name = `${form.person.firstName} ${form.person.lastName}`;
  const radios = <T extends string>(
    field: string,
    options: readonly T[],
    label: (option: T) => string,
    checked: string | undefined,
  ) => (
    <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
      {options.map((option) => (
        <li key={option}>
          <label className="flex items-center gap-2">
            <input type="radio" name={field} value={option} defaultChecked={checked === option} required />
            {label(option)}
          </label>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <h1>{t("new.title")}</h1>
      <p className="mt-2">{t("new.personIntro", { name })}</p>

      <form method="get" className="mt-6 space-y-4">
        <input type="hidden" name="personId" value={form.person.id} />
        {intakeId ? <input type="hidden" name="intakeId" value={intakeId} /> : null}
        <h2 className="mt-0">{t("new.profileTitle")}</h2>
        <p>{t("new.profileHint")}</p>
        {profile && !profile.success && <Notice kind="error">{t("errors.invalid")}</Notice>}
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="cvoProfile"
            className="mt-1.5"
            defaultChecked={raw.cvoProfile === "on"}
          />
          {t("new.cvoProfile")}
        </label>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="digitallySkilled"
            className="mt-1.5"
            defaultChecked={raw.digitallySkilled === "on"}
          />
          {t("new.digitallySkilled")}
        </label>
        <fieldset>
          <legend className="font-semibold">{t("new.intendedStay")}</legend>
          {radios("intendedStay", intendedStays, (o) => t(`options.intendedStay.${o}`), raw.intendedStay)}
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t("new.priorSchooling")}</legend>
          {radios(
            "priorSchooling",
            priorSchoolings,
            (o) => t(`options.priorSchooling.${o}`),
            raw.priorSchooling,
          )}
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t("new.availability")}</legend>
          <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {availabilities.map((option) => (
              <li key={option}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    name="availability"
                    value={option}
                    defaultChecked={raw.availability.includes(option)}
                  />
                  {t(`options.availability.${option}`)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t("new.mode")}</legend>
          {radios("mode", courseModes, (o) => t(`options.mode.${o}`), raw.mode)}
        </fieldset>
        <fieldset>
          <legend className="font-semibold">{t("new.region")}</legend>
          {radios("region", regions, (o) => t(`options.region.${o}`), raw.region)}
        </fieldset>
        <Button type="submit" variant="secondary">
          {t("new.showSuggestion")}
        </Button>
      </form>

      {suggestion && profile?.success && (
        <section aria-labelledby="suggestion" className="mt-8">
          <h2 id="suggestion">{t("new.suggestionTitle")}</h2>
          <p className="mt-2 text-lg font-semibold">
            {t(`suggestion.offer.${suggestion.offer}`, {
              periods: dutchCourses.value.welcomeModuleLessonPeriods,
            })}
            {suggestion.track && ` ${t(`suggestion.track.${suggestion.track}`)}`}
          </p>
          <p>{t(`suggestion.delivery.${suggestion.delivery}`)}</p>
          {suggestion.notes.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {suggestion.notes.map((note) => (
                <li key={note}>{t(`suggestion.note.${note}`)}</li>
              ))}
            </ul>
          )}
          <SendReferralForm
            action={sendNt2Referral.bind(null, locale)}
            hidden={{
              personId: form.person.id,
              ...(profile.data.cvoProfile ? { cvoProfile: "on" } : {}),
              ...(profile.data.digitallySkilled ? { digitallySkilled: "on" } : {}),
              intendedStay: profile.data.intendedStay,
              priorSchooling: profile.data.priorSchooling,
              availability: profile.data.availability,
              mode: profile.data.mode,
              region: profile.data.region,
            }}
            providersOfRegion={inRegion.map(({ id, name: providerName }) => ({ id, name: providerName }))}
            otherProviders={elsewhere.map(({ id, name: providerName }) => ({ id, name: providerName }))}
            intakes={form.person.intakes.map((intake) => ({
              id: intake.id,
              label: format.dateTime(intake.conductedOn, { dateStyle: "long", timeZone: "UTC" }),
            }))}
            intakeId={intakeId}
            canOverride={can(actor.role, "referrals.overrideConsent")}
            labels={{
              providersTitle: t("new.providersTitle"),
              providersOfRegion: t("new.providersOfRegion"),
              otherProviders: t("new.otherProviders"),
              noProviders: t("new.noProviders"),
              consentTitle: t("new.consentTitle"),
              consent: t("new.consent"),
              overrideReason: t("new.overrideReason"),
              overrideHint: t("new.overrideHint"),
              intake: t("new.intake"),
              noIntake: t("new.noIntake"),
              send: t("new.send"),
            }}
          />
        </section>
      )}
    </>
  );
});
