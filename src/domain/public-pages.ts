/**
 * The public pages that exist in every locale (paths without the locale prefix). The sitemap lists
 * them; the information pages among them get shared-cache headers (next.config.ts).
 */
export const publicPagePaths = ["", "/status", "/rights", "/eligibility", "/help", "/integration", "/brussels", "/materials", "/interpreting", "/about", "/infosessions"] as const;

/**
 * Pages whose content changes only with a deployment: safe for a CDN or proxy cache. The infosession
 * catalogue is left out because it shows free seats.
 */
export const informationPagePaths = publicPagePaths.filter((path) => path !== "/infosessions");

/**
 * Shared caches keep a page an hour and may serve it stale for a day while fetching a new copy;
 * browsers revalidate after five minutes. Next's default for prerendered pages (s-maxage of a year)
 * would keep an outdated end date or phone number in a CDN until someone purged it by hand.
 */
export const informationPageCacheControl = "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400";
