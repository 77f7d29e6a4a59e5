import "server-only";
import { z } from "zod";
import { fieldErrorsOf } from "@/domain/validation";
import { isLocale, type Locale } from "@/domain/locale";
import { AppError, httpStatusOf, RateLimitedError } from "../errors";
import { fieldTexts, outcomeText, reasonText } from "@/i18n/error-text";
import { log } from "../log";

/**
 * The API's language for messages: the body's `locale`, else `?locale=`, else the first supported
 * language in Accept-Language, else English (the API's documentation language).
 */
export function apiLocale(request: Request, body?: unknown): Locale {
  const fromBody =
    typeof body === "object" && body !== null ? (body as { locale?: unknown }).locale : undefined;
  if (isLocale(fromBody)) return fromBody;
  const fromQuery = new URL(request.url).searchParams.get("locale");
  if (isLocale(fromQuery)) return fromQuery;
  for (const part of (request.headers.get("accept-language") ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return "en";
}

// no-transform: Next would gzip even a 300-byte answer (the size is unknown when it starts), at a
// CPU cost that showed in the registration burst's profile for nothing saved on the wire.
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store, no-transform", ...headers } });

export const invalidInput = async (locale: Locale, error: z.ZodError) =>
  json(422, {
    error: "invalid_input",
    message: await outcomeText(locale, "invalid"),
    fields: await fieldTexts(locale, fieldErrorsOf(error)),
  });

/** Maps a use-case's typed failure to a status and a message in the caller's language; anything else is a 500 and logged. */
export async function errorResponse(error: unknown, locale: Locale, route: string): Promise<Response> {
  if (error instanceof AppError) {
    const status = httpStatusOf(error);
    const body = {
      error: error.code.toLowerCase(),
      // A refusal without a reason of its own gets the public infosession wording, not a staff form's.
      message: error.reason
        ? await reasonText(locale, error.reason, error.params)
        : await outcomeText(
            locale,
            error.code === "RATE_LIMITED"
              ? "rateLimited"
              : error.code === "NOT_FOUND"
                ? "registrationNotFound"
                : "unexpected",
          ),
      ...(error.fields ? { fields: await fieldTexts(locale, error.fields, error.params) } : {}),
    };
    const retryAfter = error instanceof RateLimitedError ? error.retryAfterSeconds : 3600;
    return json(status, body, error.code === "RATE_LIMITED" ? { "Retry-After": String(retryAfter) } : {});
  }
  log.error("api.unexpected_error", { route, error: error instanceof Error ? error.name : "unknown" });
  return json(500, { error: "internal", message: await outcomeText(locale, "unexpected") });
}

export { json };
