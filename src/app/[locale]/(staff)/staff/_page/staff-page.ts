import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/domain/locale";
import type { Permission } from "@/domain/permissions";
import { resolveLocale } from "@/i18n/locale-param";
import { alternatesFor } from "@/i18n/metadata";
import type { Actor } from "@/server/auth/actor";
import { requireActor, requireStaffUser } from "@/server/auth/current-actor";
import type { StaffUser } from "@/server/auth/staff-user";
import { AppError } from "@/server/errors";

/** A full message key such as "cases.persons.title". */
type MessageKey = Parameters<Awaited<ReturnType<typeof getTranslations<never>>>>[0];

type SearchParams = Record<string, string | string[] | undefined>;
type RouteParams = Record<string, string>;
type PageProps<P extends RouteParams, S extends SearchParams> = {
  params: Promise<{ locale: string } & P>;
  searchParams: Promise<S>;
};

type PageOptions<P extends RouteParams> = {
  /** The page's <title>. */
  title: MessageKey;
  /** Canonical and hreflang links for the page's path (without the locale), where a page declares them. */
  path?: (params: P) => string;
  /** Pages with a token in the address keep it from other sites' Referer. */
  referrer?: Metadata["referrer"];
};

/** What a page's body receives; `P` names the route's segments, `S` the query parameters it reads. */
type Opening<P extends RouteParams, S extends SearchParams> = { locale: Locale; params: P; searchParams: S };

/**
 * The opening every staff page shares, so a page starts at what it reads: the locale from the
 * address, the signed-in actor holding `permission` (a redirect to sign-in, or the audited 403,
 * otherwise), and the metadata. Robots and `dynamic` come from staff/layout.tsx, once. The page
 * calls its own data functions; wrap them in `orNotFound` where a missing record is a 404.
 *
 * `permission` is "signed-in" for the dashboard, which every staff member may see, or a function of
 * the signed-in user where the role decides which permission is checked (and audited when refused).
 */
export function staffPage<
  P extends RouteParams = Record<never, string>,
  S extends SearchParams = SearchParams,
>(options: PageOptions<P> & { permission: Permission | "signed-in" | ((user: StaffUser) => Permission) }) {
  return {
    metadata: metadataFor(options),
    render:
      (body: (opening: Opening<P, S> & { actor: Actor; user: StaffUser }) => Promise<ReactNode>) =>
      async (props: PageProps<P, S>) => {
        const { locale, params, searchParams } = await open(props);
        const user = await requireStaffUser(locale);
        const { permission } = options;
        const actor =
          permission === "signed-in"
            ? user.actor
            : await requireActor(locale, typeof permission === "function" ? permission(user) : permission);
        return body({ locale, params, searchParams, actor, user });
      },
  };
}

/** The same opening for the pages used before signing in (sign-in, password reset, invitation, two-factor). */
export function signedOutPage<
  P extends RouteParams = Record<never, string>,
  S extends SearchParams = SearchParams,
>(options: PageOptions<P>) {
  return {
    metadata: metadataFor(options),
    render: (body: (opening: Opening<P, S>) => Promise<ReactNode>) => async (props: PageProps<P, S>) =>
      body(await open(props)),
  };
}

/** Awaits a read and answers 404 when it reports NOT_FOUND (a record that is missing or out of scope). */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

async function open<P extends RouteParams, S extends SearchParams>(
  props: PageProps<P, S>,
): Promise<Opening<P, S>> {
  const locale = await resolveLocale(props.params);
  return { locale, params: routeParams(await props.params), searchParams: await props.searchParams };
}

function metadataFor<P extends RouteParams>(options: PageOptions<P>) {
  return async ({ params }: Pick<PageProps<P, SearchParams>, "params">): Promise<Metadata> => {
    const locale = await resolveLocale(params);
    const t = await getTranslations({ locale });
    return {
      title: t(options.title),
      ...(options.path && { alternates: alternatesFor(locale, options.path(routeParams(await params))) }),
      ...(options.referrer && { referrer: options.referrer }),
    };
  };
}

/** The route's own segments, without `[locale]`. */
function routeParams<P extends RouteParams>(all: { locale: string } & P): P {
  const segments: RouteParams = { ...all };
  delete segments.locale;
  return segments as P;
}
