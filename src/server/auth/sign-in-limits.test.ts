import { describe, expect, it } from "vitest";
import { clientIp, signInKeys, slowDownMs } from "./sign-in-limits";

describe("sign-in limits", () => {
  it("key the account by a hash of the normalised address, never the address itself", () => {
    const keys = signInKeys(" Someone@Example.org ", "10.0.0.1");
    expect(keys.account).not.toContain("someone");
    expect(keys.account).toBe(signInKeys("someone@example.org", "other").account);
    expect(keys.ip).toBe("sign-in:ip:10.0.0.1");
  });

  it("slow each failure down a little more, up to three seconds", () => {
    expect([0, 1, 2, 5, 20].map(slowDownMs)).toEqual([0, 400, 800, 2000, 3000]);
  });

  it("take the address the nearest proxy saw", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientIp(new Headers({ "x-real-ip": "10.0.0.8" }))).toBe("10.0.0.8");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
