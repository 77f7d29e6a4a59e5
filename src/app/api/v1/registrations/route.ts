import { registrationInput } from "@/domain/infosessions/registration-input";
import { clientIpOf } from "@/server/client-ip";
import { apiLocale, errorResponse, invalidInput, json } from "@/server/http/api-response";
import { readJsonBody } from "@/server/http/json-body";
import { manageUrlFor } from "@/server/infosessions/manage-token";
import { registerForInfosession, type RegisteredEntry } from "@/server/infosessions/register";

export const dynamic = "force-dynamic";

// A registration for twelve people with long names fits in well under 8 KiB.
const maxBodyBytes = 16 * 1024;
const bodyProblems = {
  400: "The request body is not valid JSON.",
  413: "The request body is larger than 16 KiB.",
  415: "Send the body as application/json.",
};

/** POST /api/v1/registrations: the same schema and use-case as the public form. */
export async function POST(request: Request) {
  const body = await readJsonBody(request, maxBodyBytes);
  if (!body.ok) return json(body.status, { error: body.error, message: bodyProblems[body.status] });
  const locale = apiLocale(request, body.value);
  const parsed = registrationInput.safeParse(body.value);
  if (!parsed.success) return invalidInput(locale, parsed.error);
  try {
    const result = await registerForInfosession(parsed.data, {
      ip: clientIpOf(request.headers),
      waitlistPosition: true,
    });
    const [main, followUp] = result.registrations;
    const describe = (entry: RegisteredEntry) => ({
      id: entry.id,
      sessionId: entry.sessionId,
      status: entry.status,
      seats: entry.seats,
      ...(entry.waitlistPosition ? { waitlistPosition: entry.waitlistPosition } : {}),
      // A replay gets no link: the key may be someone else's guess (the link went out with the first answer).
      ...(entry.manageToken ? { manageUrl: manageUrlFor(entry.id, parsed.data.locale) } : {}),
    });
    return json(result.replayed ? 200 : 201, {
      registration: describe(main!),
      ...(followUp ? { followUpRegistration: describe(followUp) } : {}),
    });
  } catch (error) {
    return errorResponse(error, locale, "POST /api/v1/registrations");
  }
}
