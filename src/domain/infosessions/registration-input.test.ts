import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../validation";
import { emptyFormValues, inputOf, withoutEmptyLines } from "./registration-form";
import { contactKeyOf, registrationInput } from "./registration-input";

const sessionId = "6480a759-0cda-4d61-8fa9-953af4e14a59";

describe("the registration form and schema", () => {
  it("reads a municipality code that ceased in 2025 as its successor's", () => {
    const values = {
      ...emptyFormValues("uk", "key-1234567890abcdef", 1),
      name: "Olena",
      email: "o@example.test",
      consent: true,
      municipalityNis: "71022",
    };
    values.attendees[0] = { firstName: "Olena", birthYear: "1985" };
    const parsed = registrationInput.safeParse(inputOf(values, sessionId));
    expect(parsed.success && parsed.data.municipalityNis).toBe("71072");
  });

  it("drops unused empty attendee lines and reads a typed year", () => {
    const values = {
      ...emptyFormValues("uk", "key-1234567890abcdef", 3),
      name: "Olena",
      email: "o@example.test",
      consent: true,
    };
    values.attendees[0] = { firstName: "Olena", birthYear: "1985" };
    const parsed = registrationInput.safeParse(inputOf(withoutEmptyLines(values), sessionId));
    expect(parsed.success && parsed.data.attendees).toEqual([{ firstName: "Olena", birthYear: 1985 }]);
  });
  it("reports each problem on its field, as keys", () => {
    const values = { ...emptyFormValues("uk", "key-1234567890abcdef"), name: " ", email: "nope" };
    values.attendees[0] = { firstName: "Ira", birthYear: "19x5" };
    const parsed = registrationInput.safeParse(inputOf(values, sessionId));
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(fieldErrorsOf(parsed.error)).toEqual({
        "contact.name": ["required"],
        "contact.email": ["invalidEmail"],
        "attendees.0.birthYear": ["yearFourDigits"],
        consent: ["consentRequired"],
      });
  });
  it("asks for four digits when a year of birth is typed short ('16' for 2016)", () => {
    const values = { ...emptyFormValues("uk", "key-1234567890abcdef"), name: "Ira", email: "i@example.test" };
    values.attendees[0] = { firstName: "Ira", birthYear: "16" };
    const parsed = registrationInput.safeParse(inputOf({ ...values, consent: true }, sessionId));
    expect(parsed.success || fieldErrorsOf(parsed.error)["attendees.0.birthYear"]).toEqual([
      "yearFourDigits",
    ]);
  });
  it("needs an e-mail or a phone", () => {
    const parsed = registrationInput.safeParse({
      sessionId,
      contact: { name: "A" },
      locale: "nl",
      attendees: [{ firstName: "A", birthYear: 1990 }],
      consent: true,
    });
    expect(parsed.success || fieldErrorsOf(parsed.error)).toEqual({ "contact.email": ["contactRequired"] });
  });
  it("normalises the contact key", () => {
    expect(contactKeyOf({ email: " Olena@Example.TEST " })).toBe("email:olena@example.test");
    expect(contactKeyOf({ phone: "+32 470 12.34.56" })).toBe("phone:+32470123456");
  });
});

describe("idempotency keys", () => {
  it("need at least 16 characters, so they are not easy to guess and replay", () => {
    const valid = (idempotencyKey: string) =>
      registrationInput.shape.idempotencyKey.safeParse(idempotencyKey).success;
    expect(valid("abcdefgh")).toBe(false);
    expect(valid("abcdefgh12345678")).toBe(true);
  });
});
