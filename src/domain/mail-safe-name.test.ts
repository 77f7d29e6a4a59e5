import { describe, expect, it } from "vitest";
import { mailSafeName } from "./mail-safe-name";

describe("names in mail", () => {
  it("never carry a link, an address or a domain a mail client would link", () => {
    for (const name of [
      "Olena https://evil.example/pay",
      "Visit www.evil.example now",
      "x@evil.example",
      "evil.example",
      "Claim at evil.example/pay?x=1",
    ]) {
      const safe = mailSafeName(name);
      expect(safe, name).not.toMatch(/https?:|www\.|@|[\p{L}\p{N}]\.[\p{L}\p{N}]/u);
    }
  });

  it("keeps ordinary names in any script as they were typed", () => {
    expect(mailSafeName("Олена Коваленко")).toBe("Олена Коваленко");
    expect(mailSafeName("Anne-Marie O'Neill")).toBe("Anne-Marie O'Neill");
    expect(mailSafeName("O. Kovalenko")).toBe("O. Kovalenko");
  });
});
