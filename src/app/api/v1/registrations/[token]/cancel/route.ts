import { apiLocale, errorResponse, json } from "@/server/http/api-response";
import { cancelRegistrationByToken } from "@/server/infosessions/manage-registration";

export const dynamic = "force-dynamic";

/** POST /api/v1/registrations/{token}/cancel: cancels through the private manage token; repeating it is harmless. */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const result = await cancelRegistrationByToken(token);
    return json(200, { registration: result });
  } catch (error) {
    return errorResponse(error, apiLocale(request), "POST /api/v1/registrations/{token}/cancel");
  }
}
