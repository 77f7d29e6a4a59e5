import "server-only";
import type { MessageKeys, NestedKeyOf } from "next-intl";
import type { Locale } from "@/domain/locale";
import type { AppError, AppErrorCode, ErrorReason, FieldReasons } from "@/server/errors";
import type { Messages } from "./messages";
import { translatorFor } from "./server-translator";

type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** The one message per reason; `satisfies` makes TypeScript check that every reason has a real message. */
const reasonMessages = {
  required: "common.validation.required",
  invalid: "common.validation.invalid",
  tooLong: "common.validation.tooLong",
  tooShort: "common.validation.tooShort",
  invalidEmail: "common.validation.invalidEmail",
  invalidPhone: "common.validation.invalidPhone",
  invalidDate: "common.validation.invalidDate",
  dateInFuture: "common.validation.dateInFuture",
  dateInPast: "common.validation.dateInPast",
  yearFourDigits: "common.validation.yearFourDigits",
  tooMany: "common.validation.tooMany",
  tooFew: "common.validation.tooFew",
  consentRequired: "common.validation.consentRequired",
  contactRequired: "common.validation.contactRequired",
  sessionNotFound: "infosessions.errors.sessionNotFound",
  sessionCancelled: "infosessions.errors.sessionCancelled",
  sessionPast: "infosessions.errors.sessionPast",
  followUpInvalid: "infosessions.errors.followUpInvalid",
  alreadyRegistered: "infosessions.errors.alreadyRegistered",
  idempotencyKeyReused: "infosessions.errors.idempotencyKeyReused",
  sameSession: "infosessions.errors.sameSession",
  notActive: "infosessions.errors.notActive",
  capacityBelowTaken: "infosessions.errors.capacityBelowTaken",
  notConfirmed: "infosessions.errors.notConfirmed",
  notStarted: "infosessions.errors.notStarted",
  startsInPast: "infosessions.errors.startsInPast",
  notWaitlisted: "infosessions.errors.notWaitlisted",
  full: "cases.intake.registration.full",
  personAlreadyRegistered: "cases.intake.registration.alreadyRegistered",
  lastAttendee: "infosessions.errors.lastAttendee",
  registrationNotFound: "infosessions.errors.registrationNotFound",
  personalData: "questions.personalData.message",
  nationalRegisterNumber: "questions.personalData.nationalRegisterNumber",
  dateOfBirth: "questions.personalData.dateOfBirth",
  email: "questions.personalData.email",
  phone: "questions.personalData.phone",
  namesMunicipality: "questions.errors.namesMunicipality",
  secondAdviserNeeded: "questions.errors.secondAdviserNeeded",
  illegalTransition: "questions.errors.illegalTransition",
  municipality: "questions.errors.municipality",
  accountExists: "staff.accounts.accountExists",
  invalidCredentials: "staff.signIn.invalidCredentials",
  signInLocked: "staff.signIn.locked",
  passwordsDiffer: "staff.form.passwordsDiffer",
  ownAccount: "staff.accounts.ownAccount",
  invitationInvalid: "staff.invite.invalidBody",
  ownOrganisation: "organisations.detail.ownOrganisation",
  inOtherHousehold: "cases.household.alreadyInHousehold",
  intakeReadOnly: "cases.intake.readOnly",
  statusStepNotAllowed: "referrals.errors.illegal",
  factJsonInvalid: "facts.errors.invalidJson",
  factSourceInvalid: "facts.errors.invalidSource",
  factValueInvalid: "facts.errors.invalidValue",
  factValueOutdated: "facts.errors.conflict",
  importGone: "figures.import.error.conflict",
} as const satisfies Record<ErrorReason, MessageKey>;

/** What a refusal says when it gives no reason of its own: one sentence per code, for staff forms. */
const staffCodeMessages = {
  NOT_FOUND: "staff.formErrors.notFound",
  FORBIDDEN: "staff.formErrors.forbidden",
  UNAUTHENTICATED: "staff.formErrors.forbidden",
  INVALID_INPUT: "staff.form.errorSummary",
  CONFLICT: "staff.formErrors.conflict",
  STALE_EDIT: "staff.formErrors.stale",
  RATE_LIMITED: "staff.formErrors.conflict",
  GONE: "staff.formErrors.notFound",
} as const satisfies Record<AppErrorCode, MessageKey>;

/**
 * A form's own words for what a code or a field's error means ("someone else saved this intake",
 * "choose a provider"); what it leaves out reads as the registry says.
 */
export type Wording = {
  codes?: Partial<Record<AppErrorCode, MessageKey>>;
  reasons?: Partial<Record<ErrorReason, MessageKey>>;
  fields?: Partial<Record<string, MessageKey>>;
};

// The registry above is checked key by key; the call itself takes the union of those keys loosely.
type LooseTranslate = (key: MessageKey, values?: Record<string, string>) => string;

async function translate(locale: Locale): Promise<LooseTranslate> {
  const t = await translatorFor(locale);
  return t as unknown as LooseTranslate;
}

/** One reason as a sentence in `locale`. */
export async function reasonText(
  locale: Locale,
  reason: ErrorReason,
  params?: Record<string, string>,
): Promise<string> {
  return (await translate(locale))(reasonMessages[reason], params);
}

/** Each field's reasons as sentences, for the message beside the field. */
export async function fieldTexts(
  locale: Locale,
  fields: FieldReasons,
  params?: Record<string, string>,
): Promise<Record<string, string[]>> {
  const t = await translate(locale);
  const texts: Record<string, string[]> = {};
  for (const [field, reasons] of Object.entries(fields)) {
    if (reasons?.length) texts[field] = reasons.map((reason) => t(reasonMessages[reason], params));
  }
  return texts;
}

/**
 * The only place a typed failure becomes sentences: the form's message (its reason, or what the
 * code means, which a caller may say in its own words: "someone else saved this intake") and one
 * list of messages per field.
 */
export async function errorText(
  locale: Locale,
  error: AppError,
  wording: Wording = {},
): Promise<{ message: string; fields: Record<string, string[]> }> {
  const t = await translate(locale);
  const params = error.params ? { ...error.params } : undefined;
  const fields = await fieldTexts(locale, error.fields ?? {}, params);
  for (const [field, key] of Object.entries(wording.fields ?? {}))
    if (key && fields[field]) fields[field] = [t(key)];
  const message = error.reason
    ? t(wording.reasons?.[error.reason] ?? reasonMessages[error.reason], params)
    : t(wording.codes?.[error.code] ?? staffCodeMessages[error.code]);
  return { message, fields };
}

/**
 * A message named by a key that travelled through a URL or an API outcome (`?error=sessionPast`):
 * an infosession message, else a validation message; anything else reads as "not valid".
 */
export async function outcomeText(locale: Locale, key: string): Promise<string> {
  const t = await translatorFor(locale);
  const loose = t as unknown as LooseTranslate & { has: (key: string) => boolean };
  for (const candidate of [`infosessions.errors.${key}`, `common.validation.${key}`])
    if (loose.has(candidate)) return loose(candidate as MessageKey);
  return loose("common.validation.invalid");
}
