/**
 * The label a request is counted under: a handful of fixed groups, never the path itself, so no id,
 * token or search term (personal data) can end up in a metric label.
 */
export const routeGroups = [
  "info",
  "infosessions",
  "staff",
  "api",
  "health",
  "metrics",
  "static",
  "other",
] as const;
export type RouteGroup = (typeof routeGroups)[number];

export function routeGroupOf(url: string): RouteGroup {
  const path = url.split("?")[0] ?? "";
  if (path.startsWith("/_next/") || /\.(js|css|png|svg|ico|webmanifest|woff2?|txt|xml)$/.test(path))
    return "static";
  if (path === "/api/health" || path === "/api/ready") return "health";
  if (path === "/api/metrics") return "metrics";
  if (path.startsWith("/api/")) return "api";
  const match = /^\/(nl|uk|en|ru)(\/|$)(.*)$/.exec(path);
  if (!match) return path === "/" ? "info" : "other";
  const rest = match[3] ?? "";
  if (rest === "staff" || rest.startsWith("staff/")) return "staff";
  if (rest === "infosessions" || rest.startsWith("infosessions/")) return "infosessions";
  return "info";
}
