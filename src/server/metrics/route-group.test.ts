import { describe, expect, it } from "vitest";
import { routeGroupOf } from "./route-group";

describe("the route group a request is counted under", () => {
  it.each([
    ["/", "info"],
    ["/uk/status", "info"],
    ["/nl", "info"],
    ["/uk/infosessions/0b6a0f4e-1111-4222-8333-444455556666/register?x=1", "infosessions"],
    ["/nl/staff/persons/0b6a0f4e-1111-4222-8333-444455556666", "staff"],
    ["/api/v1/registrations/secret-token/cancel", "api"],
    ["/api/health", "health"],
    ["/api/ready", "health"],
    ["/api/metrics", "metrics"],
    ["/_next/static/chunks/app.js", "static"],
    ["/sitemap.xml", "static"],
    ["/wp-login.php", "other"],
    ["/staffing", "other"],
  ])("%s is %s", (url, group) => {
    expect(routeGroupOf(url)).toBe(group);
  });
});
