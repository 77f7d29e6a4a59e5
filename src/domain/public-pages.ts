/**
 * The public pages that exist in every locale (paths without the locale prefix). The sitemap lists
 * them; the information pages among them get shared-cache headers (next.config.ts).
 */
export const publicPagePaths = [
  "",
  "/status",
  "/rights",
  "/eligibility",
  "/help",
  "/integration",
  "/brussels",
  "/materials",
  "/interpreting",
  "/about",
  "/infosessions",
] as const;

/**
 * Pages whose content changes only with a deployment: safe for a CDN or proxy cache. The infosession
 * catalogue is left out because it shows free seats.
 */
export const informationPagePaths = publicPagePaths.filter((path) => path !== "/infosessions");

/**
 * Staff change facts at run time (issue 12) and a change must reach readers within a minute, so a
 * shared cache (nginx, a CDN) keeps an info page 20 s and a browser 20 s; nginx may serve it stale
 * for a minute more while it fetches a fresh copy, and when Next is down. The pages themselves stay
 * static in Next (regenerated at most every 30 s): a cache miss costs a file read, not a render.
 */
export const informationPageCacheControl = "public, max-age=20, s-maxage=20, stale-while-revalidate=60";
