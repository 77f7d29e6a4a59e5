import { describe, expect, it } from "vitest";
import { signInKeys, slowDownMs } from "./sign-in-limits";

describe("sign-in limits", () => {
  it("key the account by a hash of the normalised address, never the address itself", () => {
    const keys = signInKeys(" Someone@Example.org ", "10.0.0.1");
    expect(keys.account).not.toContain("someone");
    expect(keys.account).toBe(signInKeys("someone@example.org", "other").account);
    expect(keys.address).toBe("sign-in:ip:10.0.0.1");
    expect(keys.accountFromAddress).not.toBe(
      signInKeys("someone@example.org", "10.0.0.2").accountFromAddress,
    );
  });

  it("slow each failure down a little more, up to three seconds", () => {
    expect([0, 1, 2, 5, 20].map(slowDownMs)).toEqual([0, 400, 800, 2000, 3000]);
  });
});
