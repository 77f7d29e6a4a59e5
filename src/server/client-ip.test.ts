import { describe, expect, it, vi } from "vitest";
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

describe("the trusted hop count", () => {
  it("warns once when the first request carries fewer forwarded entries than the configured hops", async () => {
    vi.resetModules();
    const fresh = await import("./client-ip");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      fresh.clientIpOf(forwardedFor("203.0.113.7"), 2);
      fresh.clientIpOf(forwardedFor("203.0.113.8"), 2);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]![0])).toContain("client_ip.fewer_forwarded_entries_than_hops");
    } finally {
      errors.mockRestore();
    }
  });

  it("stays quiet when the first request has as many entries as hops", async () => {
    vi.resetModules();
    const fresh = await import("./client-ip");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      fresh.clientIpOf(forwardedFor("6.6.6.6, 203.0.113.7"), 2);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});
