import { getTranslations } from "next-intl/server";
import { can } from "@/domain/permissions";
import type { Locale } from "@/domain/locale";
import type { Actor } from "@/server/auth/actor";
import type { IntakeDetails } from "@/server/cases/get-intake";
import { listSessionChoices } from "@/server/cases/list-session-choices";
import { sessionChoiceGroups } from "@/components/infosessions/session-choices";
import type { FieldSpec } from "../../_cases/field-spec";
import { StaffForm } from "../../_cases/staff-form";
import { registerForInfosessionAction } from "../actions";

/** The intake's infosession screen: one form, booking the person (or the household) into a session. */
export async function InfosessionScreen({
  locale,
  actor,
  intake,
}: {
  locale: Locale;
  actor: Actor;
  intake: IntakeDetails;
}) {
  const t = await getTranslations({ locale, namespace: "cases.intake" });
  const tSessions = await getTranslations({ locale, namespace: "infosessions" });
  if (!can(actor.role, "infosessions.registerPerson")) return null;
  const choices = await listSessionChoices(actor, intake.person.id);
  const municipality = choices.municipality;
  const sessionGroups = await sessionChoiceGroups(
    locale,
    choices.sessions,
    municipality ? { region: municipality.region, place: municipality.nameNl } : null,
  );
  return (
    <section aria-labelledby="registration-heading">
      <h3 id="registration-heading">{t("registration.legend")}</h3>
      {sessionGroups.length === 0 ? (
        <p>{t("registration.noSessions")}</p>
      ) : (
        <StaffForm
          action={registerForInfosessionAction.bind(null, locale, intake.id, intake.person.id)}
          fields={[
            {
              kind: "select",
              name: "sessionId",
              label: t("registration.session"),
              hint: municipality
                ? t("registration.regionHint", {
                    municipality: municipality.nameNl,
                    region: municipality.region,
                  })
                : t("registration.regionUnknown"),
              placeholder: tSessions("picker.choose"),
              required: true,
              options: [],
              groups: sessionGroups,
            },
            ...(intake.person.householdId
              ? [
                  {
                    kind: "checkbox",
                    name: "wholeHousehold",
                    label: t("registration.wholeHousehold"),
                  } satisfies FieldSpec,
                ]
              : []),
            { kind: "checkbox", name: "consent", label: t("registration.consent") },
          ]}
          submitLabel={t("registration.register")}
        />
      )}
    </section>
  );
}
