import "server-only";

/**
 * A 303 redirect to a path on this site, for route handlers. The Location is relative on purpose:
 * under `next start` a route handler's request.url names the server's own address
 * (http://localhost:3000), not the one the browser used, so an absolute redirect built from it
 * leaves the site: behind a proxy the browser cannot reach it, and the form-action CSP blocks it.
 */
export function seeOther(path: `/${string}`): Response {
  return new Response(null, { status: 303, headers: { Location: path } });
}
