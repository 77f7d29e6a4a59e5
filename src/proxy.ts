import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { staffContentSecurityPolicy } from "./domain/content-security-policy";
import { isProduction } from "./env";
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
  // A fresh nonce per request: Next reads it from the request's CSP and puts it on its own scripts,
  // so staff pages need no 'unsafe-inline'. Staff pages render per request anyway.
  const nonce = btoa(crypto.randomUUID());
  const policy = staffContentSecurityPolicy(nonce, !isProduction());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  // Staff pages show personal data: never stored by a shared cache or the browser, never indexed.
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

export const config = {
  matcher: ["/", "/:locale(nl|uk|en|ru)/staff/:path*", "/:locale(nl|uk|en|ru)/staff"],
};
