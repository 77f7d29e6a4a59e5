import { afterEach, describe, expect, it, vi } from "vitest";

const original = { ...process.env };

async function freshEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const key of ["DATABASE_URL", "SITE_URL", "AUTH_SECRET", "SMTP_URL", "REQUIRE_2FA", "NODE_ENV"])
    delete process.env[key];
  Object.assign(process.env, values);
  return import("../../src/env");
}

afterEach(() => {
  process.env = { ...original };
});

describe("environment", () => {
  it("names every missing production setting at once", async () => {
    const { assertRuntimeEnv } = await freshEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u@localhost:5432/db",
    });
    expect(() => assertRuntimeEnv()).toThrow(/SITE_URL[\s\S]*AUTH_SECRET/);
  });

  it("rejects a malformed DATABASE_URL with a sentence naming it", async () => {
    const { env } = await freshEnv({ DATABASE_URL: "mysql://localhost/db" });
    expect(() => env()).toThrow(/DATABASE_URL/);
  });

  it("refuses an impossible TRUSTED_PROXY_HOPS with one sentence saying what it must be", async () => {
    for (const value of ["0", "-1", "1.5", "eleven", "11"]) {
      const { env } = await freshEnv({ TRUSTED_PROXY_HOPS: value });
      expect(() => env(), value).toThrow(
        /^Environment variable TRUSTED_PROXY_HOPS must be the number of reverse proxies in front of the app, a whole number from 1 to 10 \(nginx alone: 1\)\.$/,
      );
    }
    const { env } = await freshEnv({ TRUSTED_PROXY_HOPS: "2" });
    expect(env().TRUSTED_PROXY_HOPS).toBe(2);
  });

  it("turns two-factor sign-in on in production unless told otherwise", async () => {
    const production = await freshEnv({ NODE_ENV: "production" });
    expect(production.requireTwoFactor()).toBe(true);
    const optedOut = await freshEnv({ NODE_ENV: "production", REQUIRE_2FA: "false" });
    expect(optedOut.requireTwoFactor()).toBe(false);
    const development = await freshEnv({ NODE_ENV: "development" });
    expect(development.requireTwoFactor()).toBe(false);
  });

  it("accepts a complete production configuration", async () => {
    const { assertRuntimeEnv } = await freshEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u@localhost:5432/db",
      SITE_URL: "https://welkom.example.be",
      AUTH_SECRET: "x".repeat(32),
    });
    expect(() => assertRuntimeEnv()).not.toThrow();
  });
});
