import { getFormatter, getTranslations } from "next-intl/server";
import {
  familyTies,
  nationalities,
  safeReturnAnswers,
  statusesInUkraine,
  type RawAnswers,
} from "@/domain/eligibility/answers";
import { legalBasis } from "@/domain/facts/temporary-protection";
import type { Locale } from "@/domain/locale";
import type { FieldErrors } from "@/domain/validation";
import { ChoiceGroup } from "./choice-group";
import { Button } from "@/components/ui/button";

type Props = { locale: Locale; answers?: RawAnswers; errors?: FieldErrors };

/**
 * The check as a plain GET form: it works without JavaScript, and the answers travel only in the
 * URL of the result page, which is rendered on request and never stored. `noValidate` leaves the
 * checking to the server, whose messages are in the page's language (the browser's are not).
 */
export async function EligibilityForm({ locale, answers = {}, errors = {} }: Props) {
  const t = await getTranslations({ locale, namespace: "eligibility.form" });
  const common = await getTranslations({ locale, namespace: "common.validation" });
  const format = await getFormatter({ locale });
  const startDate = format.dateTime(new Date(`${legalBasis.value.fledOnOrAfter}T12:00:00Z`), {
    dateStyle: "long",
  });
  const errorOf = (field: string) => {
    const key = errors[field]?.[0];
    return key ? common(key) : undefined;
  };
  const fields = ["nationality", "statusInUkraine", "safeReturn", "leftOn", "familyTie"] as const;
  const failing = fields.filter((field) => errors[field]?.length);
  const labels = {
    nationality: t("nationality.legend"),
    statusInUkraine: t("statusInUkraine.legend"),
    safeReturn: t("safeReturn.legend"),
    leftOn: t("leftOn.label"),
    familyTie: t("familyTie.legend"),
  };
  const leftOnError = errorOf("leftOn");

  return (
    <form method="get" action={`/${locale}/eligibility/result`} noValidate className="mt-4">
      {failing.length > 0 ? (
        <div className="mt-4 rounded border-2 border-red-700 p-4" aria-labelledby="error-summary">
          <h2 id="error-summary" className="mt-0 text-xl text-red-800">
            {common("summary")}
          </h2>
          <ul className="mt-2 list-disc pl-6">
            {failing.map((field) => (
              <li key={field}>
                <a href={`#${field}`} className="text-red-800">
                  {labels[field]}: {errorOf(field)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <ChoiceGroup
        name="nationality"
        legend={labels.nationality}
        options={nationalities.map((value) => ({ value, label: t(`nationality.${value}`) }))}
        selected={answers.nationality}
        error={errorOf("nationality")}
      />
      <ChoiceGroup
        name="statusInUkraine"
        legend={labels.statusInUkraine}
        hint={t("statusInUkraine.hint")}
        options={statusesInUkraine.map((value) => ({ value, label: t(`statusInUkraine.${value}`) }))}
        selected={answers.statusInUkraine}
        error={errorOf("statusInUkraine")}
      />
      <ChoiceGroup
        name="safeReturn"
        legend={labels.safeReturn}
        hint={t("safeReturn.hint")}
        options={safeReturnAnswers.map((value) => ({ value, label: t(`safeReturn.${value}`) }))}
        selected={answers.safeReturn}
        error={errorOf("safeReturn")}
      />

      <div className={`mt-6 border-l-4 pl-4 ${leftOnError ? "border-red-700" : "border-transparent"}`}>
        <label htmlFor="leftOn" className="block text-lg font-semibold">
          {labels.leftOn}
        </label>
        <p id="leftOn-hint" className="mt-1 text-slate-700">
          {t("leftOn.hint")}
        </p>
        {leftOnError ? (
          <p id="leftOn-error" className="mt-1 font-semibold text-red-700">
            {leftOnError}
          </p>
        ) : null}
        <input
          type="date"
          id="leftOn"
          name="leftOn"
          defaultValue={answers.leftOn}
          aria-describedby={leftOnError ? "leftOn-hint leftOn-error" : "leftOn-hint"}
          aria-invalid={leftOnError ? true : undefined}
          className="mt-2 rounded border-2 border-slate-600 px-3 py-2"
        />
      </div>

      <ChoiceGroup
        name="familyTie"
        legend={labels.familyTie}
        hint={t("familyTie.hint", { date: startDate })}
        options={familyTies.map((value) => ({ value, label: t(`familyTie.${value}`) }))}
        selected={answers.familyTie}
        error={errorOf("familyTie")}
      />

      <Button type="submit" size="large" className="mt-8">
        {t("submit")}
      </Button>
    </form>
  );
}
