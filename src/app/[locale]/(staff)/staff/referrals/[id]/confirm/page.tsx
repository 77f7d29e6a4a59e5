import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { reasonRequired, unfinishedEndings } from "@/domain/referrals/lifecycle";
import { getReferral } from "@/server/referrals/get-referral";
import { changeStatus } from "../actions";
import { ConfirmMoveForm } from "./confirm-move-form";
import { orNotFound, staffPage } from "../../../_page/staff-page";

const endingMove = z.enum(unfinishedEndings);

const page = staffPage<{ id: string }, { to?: string }>({
  permission: "referrals.read",
  title: "referrals.list.title",
  path: ({ id }) => `/staff/referrals/${id}/confirm`,
});
export const generateMetadata = page.metadata;

/** Its own screen for a decline, a drop-out or a withdrawal, so none of them is one click beside "accept". */
export default page.render(async function ConfirmReferralMovePage({
  locale,
  actor,
  params: { id },
  searchParams,
}) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const move = endingMove.safeParse(searchParams.to);
  if (!move.success) notFound();
  const to = move.data;
  const referral = await orNotFound(getReferral(actor, id));
  if (!referral.allowedMoves.includes(to)) notFound();
  const t = await getTranslations({ locale, namespace: "referrals" });
  const name = `${referral.person.firstName} ${referral.person.lastName}`;
  const backHref = `/${locale}/staff/referrals/${id}`;
  const required = reasonRequired(to);

  return (
    <>
      <p>
        <a href={backHref}>{t("confirm.back")}</a>
      </p>
      <h1 className="mt-2">{t(`confirm.${to}.title`, { name })}</h1>
      <p className="mt-4 max-w-prose">{t(`confirm.${to}.body`)}</p>
      <p className="mt-2 max-w-prose font-semibold">{t("confirm.final")}</p>
      <ConfirmMoveForm
        action={changeStatus.bind(null, locale)}
        referralId={referral.id}
        version={referral.version}
        to={to}
        reasonRequired={required}
        backHref={backHref}
        labels={{
          reason: required ? t("confirm.reasonRequired") : t("confirm.reasonOptional"),
          reasonHint: t(`confirm.${to}.reasonHint`),
          confirm: t(`confirm.${to}.submit`),
          back: t("confirm.cancel"),
        }}
      />
    </>
  );
});
