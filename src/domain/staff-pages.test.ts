import { describe, expect, it } from "vitest";
import { sectionsFor } from "./staff-pages";

describe("staff sections per role", () => {
  it("follow the permission table", () => {
    expect(sectionsFor("ADMIN").map((section) => section.key)).toEqual(["persons", "followUps", "infosessions", "outbox", "referrals", "interpreters", "figures", "facts", "accounts", "organisations", "audit"]);
    expect(sectionsFor("CASEWORKER").map((section) => section.key)).toEqual(["persons", "followUps", "referrals", "interpreters"]);
    expect(sectionsFor("MUNICIPALITY_OFFICER").map((section) => section.key)).toEqual(["persons", "figures"]);
    expect(sectionsFor("NT2_PROVIDER").map((section) => section.key)).toEqual(["referrals"]);
    expect(sectionsFor("CONTENT_EDITOR").map((section) => section.key)).toEqual(["facts"]);
  });
});
