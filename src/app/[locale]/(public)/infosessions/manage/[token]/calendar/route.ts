import { getTranslations } from "next-intl/server";
import { icsOf } from "@/domain/infosessions/ics";
import { isLocale } from "@/domain/locale";
import { AppError } from "@/server/errors";
import { manageUrlFor } from "@/server/infosessions/manage-token";
import { viewRegistrationByToken } from "@/server/infosessions/view-registration";

type Context = { params: Promise<{ locale: string; token: string }> };

/**
 * The session as a calendar file (.ics), for a registrant who has no e-mail to carry it: Brussels
 * times, the meeting link while confirmed and the manage link. Private like the page: not cached.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale: typed, token } = await params;
  const locale = isLocale(typed) ? typed : "nl";
  let registration;
  try {
    registration = await viewRegistrationByToken(token);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      return new Response("Not found", { status: 404 });
    throw error;
  }
  const t = await getTranslations({ locale, namespace: "infosessions" });
  const { session } = registration;
  const manageUrl = manageUrlFor(registration.id, locale);
  const cancelled = session.status === "CANCELLED" || registration.status === "CANCELLED";
  const title = t("sessionTitle", { region: session.region, series: session.series });
  const lines = [
    ...(registration.meetingUrl ? [t("mail.meetingLink", { url: registration.meetingUrl })] : []),
    t("mail.manage", { url: manageUrl }),
  ];
  const body = icsOf({
    uid: `${registration.id}@welkom`,
    stamp: new Date(),
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    summary: title,
    description: lines.join("\n"),
    location: registration.meetingUrl ?? undefined,
    url: manageUrl,
    cancelled,
    brusselsTime: true,
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="infosession.ics"',
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "X-Robots-Tag": "noindex",
    },
  });
}
