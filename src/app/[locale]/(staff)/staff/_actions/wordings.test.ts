import { describe, expect, it } from "vitest";
import { interpreterRequestInput } from "@/domain/interpreters/request";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/parse-input";
import { errorText } from "@/i18n/error-text";
import { interpreterRequestWording } from "./wordings";

const request = {
  language: "uk",
  startsAt: "2027-01-12T10:00",
  durationMinutes: "60",
  mode: "PHONE",
};

/** The field messages of a refused interpreter request with this purpose, in `locale`. */
async function purposeErrors(purpose: string, locale: "nl" | "en") {
  try {
    parseInput(interpreterRequestInput, { ...request, purpose });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return (await errorText(locale, error, interpreterRequestWording)).fields.purpose;
  }
  return undefined;
}

describe("interpreterRequestWording", () => {
  it("says how long the purpose must be, where the schema's limits are", async () => {
    expect(await purposeErrors("ab", "nl")).toEqual([
      "Beschrijf het doel in minstens 3 en hoogstens 500 tekens.",
    ]);
    expect(await purposeErrors("x".repeat(501), "en")).toEqual([
      "Describe the purpose in at least 3 and at most 500 characters.",
    ]);
    // The limits the sentence names are the schema's own.
    expect(await purposeErrors("abc", "nl")).toBeUndefined();
    expect(await purposeErrors("x".repeat(500), "nl")).toBeUndefined();
  });
});
