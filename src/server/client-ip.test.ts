import { describe, expect, it } from "vitest";
import { addressBucket, clientIpOf } from "./client-ip";

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

describe("the bucket an address is counted in", () => {
  it("counts an IPv6 client by its /64, so a host cannot walk through its own 2^64 addresses", () => {
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002:ffff:1:2:3")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::5")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("[2001:db8:1:2::9]")).toBe("2001:db8:1:2::/64");
  });

  it("counts IPv4 (also IPv4-mapped IPv6) per address", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("unknown")).toBe("unknown");
  });
});
