import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * deploy/nginx.conf's access log must not hold live tokens. nginx is not on every test machine, so
 * this applies the config's own `map $uri $welkom_logged_uri` rules the way nginx does (first matching
 * regex wins, $n are its captures) and checks that the log format prints that variable, not $uri.
 */
const config = readFileSync("deploy/nginx.conf", "utf8");

function loggedUri(uri: string): string {
  const block = /map \$uri \$welkom_logged_uri \{([\s\S]*?)\n\}/.exec(config)?.[1] ?? "";
  for (const [, pattern, value] of block.matchAll(/"~([^"]+)"\s+"([^"]*)";/g)) {
    const match = new RegExp(pattern!).exec(uri);
    if (match) return value!.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? "");
  }
  return uri;
}

describe("nginx access log", () => {
  it("prints the masked path, not $uri", () => {
    const format = /log_format welkom_no_query '([^']*)'/.exec(config)?.[1] ?? "";
    expect(format).toContain("$welkom_logged_uri");
    expect(format).not.toMatch(/\$uri\b|\$request_uri|\$request\b/);
  });

  it("masks the token of invitation, manage and cancel links, and leaves other paths alone", () => {
    const token = "Zq8v3N4lX0rY2sT9uW1bC5dE7fG6hJ8kL0mN2pQ4rS6";
    expect(loggedUri(`/nl/staff/invite/${token}`)).toBe("/nl/staff/invite/***");
    expect(loggedUri(`/uk/infosessions/manage/${token}`)).toBe("/uk/infosessions/manage/***");
    expect(loggedUri(`/en/infosessions/manage/${token}/move`)).toBe("/en/infosessions/manage/***/move");
    expect(loggedUri(`/api/v1/registrations/${token}/cancel`)).toBe("/api/v1/registrations/***/cancel");
    expect(loggedUri("/api/v1/registrations")).toBe("/api/v1/registrations");
    expect(loggedUri("/uk/rights")).toBe("/uk/rights");
    expect(loggedUri("/nl/staff/persons/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed")).toBe(
      "/nl/staff/persons/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
    );
  });

  it("overwrites X-Forwarded-For with the address nginx sees, so a client cannot forge its rate-limit bucket", () => {
    expect(config).toMatch(/proxy_set_header X-Forwarded-For \$remote_addr;/);
    expect(config).not.toContain("$proxy_add_x_forwarded_for");
  });
});
