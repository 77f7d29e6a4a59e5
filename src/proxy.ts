import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

/**
 * Runs only where a locale must be negotiated: the bare `/` (redirected by Accept-Language).
 * Locale-prefixed info pages skip it, so they stay static and cacheable without a cookie.
 */
export default createMiddleware(routing);

export const config = {
  matcher: ["/"],
};
