import { describe, expect, it } from "vitest";
import { listenAddress } from "../../scripts/listen-address";

describe("the address npm start listens on", () => {
  it("is 127.0.0.1 by default, and when HOSTNAME is the machine's name", () => {
    expect(listenAddress({})).toBe("127.0.0.1");
    expect(listenAddress({ HOSTNAME: "web-3f9c2a" })).toBe("127.0.0.1");
  });
  it("follows HOSTNAME when it is an address, and LISTEN_HOST always", () => {
    expect(listenAddress({ HOSTNAME: "0.0.0.0" })).toBe("0.0.0.0");
    expect(listenAddress({ HOSTNAME: "::" })).toBe("::");
    expect(listenAddress({ HOSTNAME: "10.0.0.5" })).toBe("10.0.0.5");
    expect(listenAddress({ HOSTNAME: "web-3f9c2a", LISTEN_HOST: "0.0.0.0" })).toBe("0.0.0.0");
  });
});
