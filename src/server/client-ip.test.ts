import { describe, expect, it } from "vitest";
import { clientIpOf } from "./client-ip";

const forwardedFor = (value: string) => new Headers({ "x-forwarded-for": value });

describe("the client's address for rate limits", () => {
  it("with one proxy in front, is the entry that proxy appended, whatever the client wrote before it", () => {
    expect(clientIpOf(forwardedFor("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("with two proxies, is the entry the outer one appended", () => {
    expect(clientIpOf(forwardedFor("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("with fewer entries than trusted hops, is the leftmost; with none, 'unknown'", () => {
    expect(clientIpOf(forwardedFor("203.0.113.7"), 3)).toBe("203.0.113.7");
    expect(clientIpOf(new Headers(), 1)).toBe("unknown");
    expect(clientIpOf(forwardedFor(" , "), 1)).toBe("unknown");
  });
});
