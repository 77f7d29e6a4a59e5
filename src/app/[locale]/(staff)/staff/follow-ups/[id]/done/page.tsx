import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPlannedFollowUp } from "@/server/cases/get-follow-up";
import { formatDate, fullName } from "../../../_cases/format";
import { StaffForm } from "../../../_cases/staff-form";
import { completeFollowUpAction } from "../../actions";
import { orNotFound, staffPage } from "../../../_page/staff-page";

const page = staffPage<{ id: string }>({
  permission: "followUps.manage",
  title: "cases.followUps.done.title",
});
export const generateMetadata = page.metadata;

/**
 * Marking a conversation as held is a screen of its own: it asks what came of it and offers to plan
 * the next one, where one click on the list once made the card vanish with no way back.
 */
export default page.render(async function FollowUpDonePage({ locale, params: { id }, actor }) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const followUp = await orNotFound(getPlannedFollowUp(actor, id));
  const t = await getTranslations({ locale, namespace: "cases.followUps.done" });
  const when = [formatDate(locale, followUp.dueOn), followUp.dueTime].filter(Boolean).join(", ");
  return (
    <>
      <p>
        <a href={`/${locale}/staff/follow-ups`}>{t("back")}</a>
      </p>
      <h1 className="mt-2">{t("heading", { name: fullName(followUp.person), when })}</h1>
      {followUp.purpose && <p>{t("purpose", { purpose: followUp.purpose })}</p>}
      <StaffForm
        action={completeFollowUpAction.bind(null, locale, followUp.id)}
        fields={[
          { kind: "text", name: "outcome", label: t("outcome"), hint: t("outcomeHint") },
          { kind: "checkbox", name: "planNext", label: t("planNext") },
        ]}
        submitLabel={t("submit")}
      />
    </>
  );
});
