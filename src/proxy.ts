import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

const negotiateLocale = createMiddleware(routing);

/**
 * Runs only where it is needed: the bare `/` (redirected by Accept-Language) and the staff area,
 * whose screens exist in Dutch and English only. Locale-prefixed info pages skip it, so they stay
 * static and cacheable without a cookie.
 */
export default function proxy(request: NextRequest) {
  const staffInOtherLocale = request.nextUrl.pathname.match(/^\/(uk|ru)(\/staff(?:\/.*)?)$/);
  if (staffInOtherLocale) {
    const url = request.nextUrl.clone();
    url.pathname = `/en${staffInOtherLocale[2]}`;
    return NextResponse.redirect(url);
  }
  if (request.nextUrl.pathname === "/") return negotiateLocale(request);
  const response = NextResponse.next();
  // Staff pages show personal data: never stored by a shared cache or the browser, never indexed.
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

export const config = {
  matcher: ["/", "/:locale(nl|uk|en|ru)/staff/:path*", "/:locale(nl|uk|en|ru)/staff"],
};
