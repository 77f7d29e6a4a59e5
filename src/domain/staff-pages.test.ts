import { describe, expect, it } from "vitest";
import { sectionsFor } from "./staff-pages";

describe("staff sections per role", () => {
  it("follow the permission table", () => {
    expect(sectionsFor("ADMIN").map((section) => section.key)).toEqual([
      "persons",
      "followUps",
      "infosessions",
      "outbox",
      "referrals",
      "interpreters",
      "questions",
      "answers",
      "figures",
      "facts",
      "advisers",
      "accounts",
      "organisations",
      "audit",
    ]);
    expect(sectionsFor("CASEWORKER").map((section) => section.key)).toEqual([
      "persons",
      "followUps",
      "referrals",
      "interpreters",
      "questions",
      "answers",
    ]);
    expect(sectionsFor("MUNICIPALITY_OFFICER").map((section) => section.key)).toEqual([
      "persons",
      "questions",
      "answers",
      "figures",
    ]);
    expect(sectionsFor("NT2_PROVIDER").map((section) => section.key)).toEqual(["referrals"]);
    expect(sectionsFor("AGII_ADVISER").map((section) => section.key)).toEqual(["questions", "answers"]);
    expect(sectionsFor("CONTENT_EDITOR").map((section) => section.key)).toEqual(["facts"]);
  });
});
