import "server-only";
import { baseUrl } from "@/env";

/**
 * Whether a browser POST comes from the portal's own pages, as Next checks for server actions (which
 * route handlers do not get): the Origin header must name the portal's host (SITE_URL, or the Host
 * the request arrived with). A sibling subdomain is same-site for cookies but not same-origin here.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const allowed = [
    new URL(baseUrl()).host,
    request.headers.get("x-forwarded-host"),
    request.headers.get("host"),
  ].filter((value): value is string => Boolean(value));
  return allowed.includes(host);
}
