import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { staffContentSecurityPolicy } from "./domain/content-security-policy";
import { isProduction } from "./env";
import { routing } from "./i18n/routing";
import { isManageLink, isRegistrationPage } from "./server/infosessions/known-links";

const negotiateLocale = createMiddleware(routing);

const registrationPage = /^\/(?:nl|uk|en|ru)\/infosessions\/([^/]+)\/register$/;
const manageLink = /^\/(?:nl|uk|en|ru)\/infosessions\/manage\/([^/]+)$/;
// Matches no route, so Next answers it with the prerendered four-language src/app/not-found.tsx.
const unmatchedPath = "/_/unknown-link";

/**
 * Runs only where it is needed: the bare `/` (redirected by Accept-Language), the registration
 * and manage pages, and the staff area, whose screens exist in Dutch and English only.
 * Locale-prefixed info pages skip it, so they stay static and cacheable without a cookie.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const staffInOtherLocale = pathname.match(/^\/(uk|ru)(\/staff(?:\/.*)?)$/);
  if (staffInOtherLocale) {
    const url = request.nextUrl.clone();
    url.pathname = `/en${staffInOtherLocale[2]}`;
    return NextResponse.redirect(url);
  }
  if (pathname === "/") return negotiateLocale(request);
  const session = pathname.match(registrationPage);
  const token = pathname.match(manageLink);
  if (session || token) {
    // A notFound() in these pages would reach readers without JavaScript as an empty page
    // (vercel/next.js#62228): an unknown link gets the not-found page here instead. Only page loads:
    // form posts (server actions) and client navigations answer for themselves.
    const pageLoad = ["GET", "HEAD"].includes(request.method) && !request.headers.has("rsc");
    if (pageLoad && !(session ? await isRegistrationPage(session[1]!) : await isManageLink(token![1]!)))
      return NextResponse.rewrite(new URL(unmatchedPath, request.url));
    return NextResponse.next();
  }
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
  matcher: [
    "/",
    "/:locale(nl|uk|en|ru)/staff/:path*",
    "/:locale(nl|uk|en|ru)/staff",
    "/:locale(nl|uk|en|ru)/infosessions/:id/register",
    "/:locale(nl|uk|en|ru)/infosessions/manage/:token",
  ],
};
