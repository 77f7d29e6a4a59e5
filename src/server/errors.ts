import type { ValidationKey } from "@/domain/validation";
import type { PersonalDataKind } from "@/domain/questions/personal-data";

/**
 * Typed failures a use-case can report. Route handlers and server actions map them to a status
 * with `httpStatusOf` and to sentences with `errorText` (`src/i18n/error-text.ts`, the only place a
 * reason becomes words); anything else is a bug and is logged as such.
 */
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "STALE_EDIT"
  | "RATE_LIMITED"
  | "GONE";

/** Why an infosession could not be booked, moved or planned (public and staff alike). */
export type InfosessionReason =
  | "sessionNotFound"
  | "sessionCancelled"
  | "sessionPast"
  | "followUpInvalid"
  | "alreadyRegistered"
  | "idempotencyKeyReused"
  | "sameSession"
  | "notActive"
  | "capacityBelowTaken"
  | "notConfirmed"
  | "notStarted"
  | "startsInPast"
  | "notWaitlisted"
  | "full"
  | "personAlreadyRegistered"
  | "lastAttendee"
  | "registrationNotFound";

/** Why a question or answer to AgII was refused; a personal-data kind names what was found in a text. */
export type QuestionReason =
  | "personalData"
  | PersonalDataKind
  | "namesMunicipality"
  | "secondAdviserNeeded"
  | "illegalTransition"
  | "municipality";

/** Why an account, invitation or organisation change was refused. */
export type AccountReason =
  | "accountExists"
  | "ownAccount"
  | "invitationInvalid"
  | "ownOrganisation"
  | "invalidCredentials"
  | "signInLocked"
  | "passwordsDiffer";

/** A case, referral, fact or figures import that no longer fits what is stored. */
export type RecordReason =
  | "inOtherHousehold"
  | "intakeReadOnly"
  | "statusStepNotAllowed"
  | "factJsonInvalid"
  | "factSourceInvalid"
  | "factValueInvalid"
  | "factValueOutdated"
  | "importGone";

/** Every reason a use-case may give: a union checked by TypeScript, each with one message (`errorText`). */
export type ErrorReason = ValidationKey | InfosessionReason | QuestionReason | AccountReason | RecordReason;

/** The reasons per field, as a form shows them beside each field. */
export type FieldReasons = Partial<Record<string, readonly ErrorReason[]>>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** Why, for the person who sees it; without one, the code's own message is shown. */
    readonly reason?: ErrorReason,
    readonly fields?: FieldReasons,
    /** Values a message names (the municipalities an answer mentions), never personal data. */
    readonly params?: Readonly<Record<string, string>>,
  ) {
    super(reason ?? code);
    this.name = "AppError";
  }
}

/** A limit was passed; `retryAfterSeconds` is when its window ends, so a message can say how long to wait. */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED");
  }
}

const statusByCode: Record<AppErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  INVALID_INPUT: 422,
  CONFLICT: 409,
  STALE_EDIT: 409,
  RATE_LIMITED: 429,
  GONE: 410,
};

export const httpStatusOf = (error: AppError) => statusByCode[error.code];
