/**
 * Typed failures a use-case can report. Route handlers and server actions map them to a status
 * and a localized message with `httpStatusOf`; anything else is a bug and logged as such.
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

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly details?: Record<string, string[]>,
  ) {
    super(message);
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
