import { getTranslations } from "next-intl/server";
import { interpreterStartFor } from "@/domain/cases/follow-up-input";
import { sortTimeline, type TimelineEntry } from "@/domain/cases/timeline";
import { can } from "@/domain/permissions";
import { personLanguages } from "@/domain/cases/person-input";
import { getPerson, getPersonCaseOverview } from "@/server/cases/get-person";
import { orNotFound, staffPage } from "../../_page/staff-page";
import { formatDate, fullName } from "../../_cases/format";
import { createHouseholdAction, erasePersonAction } from "./actions";
import { Button } from "@/components/ui/button";
import { sessionDescription } from "@/components/infosessions/session-choices";
import { Notice } from "@/components/ui/notice";

const isPersonLanguage = (code: string): code is (typeof personLanguages)[number] =>
  (personLanguages as readonly string[]).includes(code);

const page = staffPage<{ id: string }, { followUp?: string }>({
  permission: "persons.read",
  title: "cases.persons.title",
});
export const generateMetadata = page.metadata;

export default page.render(async function PersonPage({
  locale,
  actor,
  params: { id },
  searchParams: { followUp: followUpNotice },
}) {
  const person = await orNotFound(getPerson(actor, id));
  const overview = await orNotFound(getPersonCaseOverview(actor, id));
  const t = await getTranslations({ locale, namespace: "cases" });
  const base = `/${locale}/staff`;
  const none = t("person.none");
  const date = (value: Date | null) => (value ? formatDate(locale, value) : none);

  const details: [string, string][] = [
    [t("person.fields.firstNameCyrillic"), person.firstNameCyrillic ?? none],
    [t("person.fields.lastNameCyrillic"), person.lastNameCyrillic ?? none],
    [t("person.fields.birthDate"), date(person.birthDate)],
    [t("person.readLabels.nationality"), person.nationality ?? none],
    [
      t("person.fields.languages"),
      person.languages
        .map((code) => (isPersonLanguage(code) ? t(`person.languages.${code}`) : code))
        .join(", ") || none,
    ],
    [t("person.fields.email"), person.email ?? none],
    [t("person.fields.phone"), person.phone ?? none],
    [t("person.fields.municipalityNis"), person.municipality?.nameNl ?? none],
    [t("person.fields.arrivalDate"), date(person.arrivalDate)],
    [t("person.fields.tpCertificateDate"), date(person.tpCertificateDate)],
    [t("person.fields.inNationalRegister"), person.inNationalRegister ? t("person.yes") : t("person.no")],
    [t("person.fields.nationalRegisterDate"), date(person.nationalRegisterDate)],
    [t("person.fields.housing"), person.housing ? t(`person.housing.${person.housing}`) : none],
    [t("person.fields.organisation"), person.organisation.name],
  ];

  // Named as the catalogue names the session (region included); a household booking made on another
  // member's record says through whom.
  const registrations = await Promise.all(
    overview.registrations.map(async (registration) => ({
      id: registration.id,
      status: registration.status,
      joinUrl: registration.joinUrl,
      manageUrl: registration.manageUrl,
      description: await sessionDescription(locale, registration.session),
      bookedThrough:
        registration.personId === person.id
          ? null
          : overview.household?.members.find((member) => member.id === registration.personId),
    })),
  );

  const timeline = sortTimeline([
    { at: person.createdAt, kind: "recorded" },
    ...overview.intakes.map((intake): TimelineEntry => ({
      at: intake.conductedOn,
      kind: "intake",
      status: intake.status,
      href: `${base}/intakes/${intake.id}`,
    })),
    ...overview.followUps.map((followUp): TimelineEntry => ({
      at: followUp.doneAt ?? followUp.dueOn,
      kind: "followUp",
      status: followUp.status,
    })),
    ...overview.referrals.map((referral): TimelineEntry => ({
      at: referral.createdAt,
      kind: "referral",
      type: referral.type,
      status: referral.status,
    })),
    ...overview.registrations.map((registration): TimelineEntry => ({
      at: registration.session.startsAt,
      kind: "registration",
      status: registration.status,
    })),
  ]);
  const timelineLabel = (entry: TimelineEntry) => {
    switch (entry.kind) {
      case "recorded":
        return t("timeline.recorded");
      case "intake":
        return t("timeline.intake", { status: t(`intake.status.${entry.status as "DRAFT"}`) });
      case "followUp":
        return t("timeline.followUp", { status: t(`followUpStatus.${entry.status as "PLANNED"}`) });
      case "referral":
        return t("timeline.referral", {
          type: t(`referralType.${entry.type as "WORK"}`),
          status: t(`referralStatus.${entry.status as "SENT"}`),
        });
      case "registration":
        return t("timeline.registration", { status: t(`registrationStatus.${entry.status as "CONFIRMED"}`) });
    }
  };

  return (
    <>
      <h1>
        {fullName(person)}
        {person.firstNameCyrillic || person.lastNameCyrillic ? (
          <span lang="uk" className="block text-xl font-normal">
            {[person.firstNameCyrillic, person.lastNameCyrillic].filter(Boolean).join(" ")}
          </span>
        ) : null}
      </h1>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {can(actor.role, "persons.write") && (
          <li>
            <a href={`${base}/persons/${person.id}/edit`}>{t("person.actions.edit")}</a>
          </li>
        )}
        {can(actor.role, "intakes.write") && (
          <li>
            <a href={`${base}/persons/${person.id}/intakes/new`}>{t("person.actions.newIntake")}</a>
          </li>
        )}
        {can(actor.role, "referrals.create") && (
          <li>
            <a href={`${base}/referrals/new?personId=${person.id}`}>{t("person.actions.referNt2")}</a>
          </li>
        )}
        {can(actor.role, "followUps.manage") && (
          <li>
            <a href={`${base}/persons/${person.id}/follow-ups/new`}>{t("person.actions.planFollowUp")}</a>
          </li>
        )}
      </ul>

      <h2>{t("person.sections.identity")}</h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,16rem)_1fr]">
        {details.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="m-0">{value}</dd>
          </div>
        ))}
      </dl>

      <h2>{t("person.sections.household")}</h2>
      {overview.household ? (
        <>
          <ul>
            {overview.household.members.map((member) => (
              <li key={member.id}>
                {member.id === person.id ? (
                  fullName(member)
                ) : (
                  <a href={`${base}/persons/${member.id}`}>{fullName(member)}</a>
                )}
                {member.relationToHead ? ` (${t(`household.relations.${member.relationToHead}`)})` : ""}
              </li>
            ))}
          </ul>
          <p>
            <a href={`${base}/households/${overview.household.id}`}>{t("person.actions.openHousehold")}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t("person.noHousehold")}</p>
          {can(actor.role, "persons.write") && (
            <form action={createHouseholdAction.bind(null, locale, person.id)}>
              <Button type="submit" variant="secondary">
                {t("person.actions.createHousehold")}
              </Button>
            </form>
          )}
        </>
      )}

      {can(actor.role, "intakes.read") && (
        <>
          <h2>{t("person.sections.intakes")}</h2>
          {overview.intakes.length === 0 ? (
            <p>{t("person.noIntakes")}</p>
          ) : (
            <ul>
              {overview.intakes.map((intake) => (
                <li key={intake.id}>
                  <a href={`${base}/intakes/${intake.id}`}>
                    {t("person.intakeSummary", {
                      date: formatDate(locale, intake.conductedOn),
                      status: t(`intake.status.${intake.status}`),
                      caseworker: intake.caseworker.name,
                    })}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <h2 id="follow-ups">{t("person.sections.followUps")}</h2>
          {followUpNotice === "planned" && <Notice kind="done">{t("followUps.plan.planned")}</Notice>}
          {overview.followUps.length === 0 ? (
            <p>{t("person.noFollowUps")}</p>
          ) : (
            <ul>
              {overview.followUps.map((followUp) => (
                <li key={followUp.id}>
                  {[formatDate(locale, followUp.dueOn), followUp.dueTime].filter(Boolean).join(", ")}:{" "}
                  {t(`followUpStatus.${followUp.status}`)}, {followUp.caseworker.name}
                  {followUp.purpose && <span className="block">{followUp.purpose}</span>}
                  {followUp.status === "PLANNED" && followUp.interpreterNeeded && (
                    <span className="block">
                      {t("followUps.interpreterNeeded")}
                      {can(actor.role, "interpreters.request") && (
                        <>
                          {" · "}
                          <a
                            href={`${base}/interpreters?personId=${person.id}&startsAt=${interpreterStartFor(followUp.dueOn.toISOString().slice(0, 10), followUp.dueTime)}#request`}
                          >
                            {t("followUps.requestInterpreter")}
                          </a>
                        </>
                      )}
                    </span>
                  )}
                  {followUp.outcome && (
                    <span className="block">{t("followUps.outcome", { outcome: followUp.outcome })}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <h2>{t("person.sections.referrals")}</h2>
          {overview.referrals.length === 0 ? (
            <p>{t("person.noReferrals")}</p>
          ) : (
            <ul>
              {overview.referrals.map((referral) => (
                <li key={referral.id}>
                  {formatDate(locale, referral.createdAt)}: {t(`referralType.${referral.type}`)} (
                  {t(`referralStatus.${referral.status}`)})
                </li>
              ))}
            </ul>
          )}
          <h2>{t("person.sections.registrations")}</h2>
          {registrations.length === 0 ? (
            <p>{t("person.noRegistrations")}</p>
          ) : (
            <ul>
              {registrations.map((registration) => (
                <li key={registration.id}>
                  {registration.description} ({t(`registrationStatus.${registration.status}`)})
                  {registration.bookedThrough && (
                    <>, {t("person.householdBooking", { name: fullName(registration.bookedThrough) })}</>
                  )}
                  {registration.joinUrl || registration.manageUrl ? (
                    <ul className="mt-1 mb-2 list-none pl-4">
                      {registration.joinUrl ? (
                        <li>
                          <a href={registration.joinUrl} rel="noopener noreferrer">
                            {t("person.registrationLinks.join")}
                          </a>
                        </li>
                      ) : null}
                      {registration.manageUrl ? (
                        <li>
                          <a href={registration.manageUrl} data-testid="registration-manage-link">
                            {t("person.registrationLinks.manage")}
                          </a>{" "}
                          <span className="text-sm text-slate-700">
                            {t("person.registrationLinks.manageHint")}
                          </span>
                        </li>
                      ) : null}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <h2>{t("person.sections.timeline")}</h2>
      <ol className="border-l-2 border-slate-300 pl-4">
        {timeline.map((entry, index) => (
          <li key={index} className="mb-2">
            <time dateTime={entry.at.toISOString()} className="font-semibold">
              {formatDate(locale, entry.at)}
            </time>{" "}
            {entry.href ? <a href={entry.href}>{timelineLabel(entry)}</a> : timelineLabel(entry)}
          </li>
        ))}
      </ol>

      {can(actor.role, "persons.export") && (
        <>
          <h2>{t("person.sections.privacy")}</h2>
          <p>
            <a href={`${base}/persons/${person.id}/export`} download>
              {t("person.actions.export")}
            </a>
          </p>
          {can(actor.role, "persons.erase") && (
            <form
              action={erasePersonAction.bind(null, locale, person.id)}
              className="mt-4 space-y-2 rounded border border-red-700 p-3"
            >
              <label className="flex items-start gap-2">
                <input type="checkbox" name="confirm" required className="mt-1" />
                <span>{t("person.actions.eraseConfirm")}</span>
              </label>
              <Button type="submit" variant="danger">
                {t("person.actions.erase")}
              </Button>
            </form>
          )}
        </>
      )}
    </>
  );
});
