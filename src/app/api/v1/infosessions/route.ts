import { parseCatalogueFilter } from "@/domain/infosessions/catalogue-filter";
import { apiLocale, errorResponse, json } from "@/server/http/api-response";
import { listUpcomingSessions } from "@/server/infosessions/catalogue";

export const dynamic = "force-dynamic";

/** GET /api/v1/infosessions?language=&region=&series=&from=: upcoming sessions with places left. */
export async function GET(request: Request) {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const sessions = await listUpcomingSessions(parseCatalogueFilter(params));
    return json(200, {
      sessions: sessions.map((session) => ({
        id: session.id,
        series: session.series,
        language: session.language,
        region: session.region,
        startsAt: session.startsAt.toISOString(),
        endsAt: session.endsAt.toISOString(),
        capacity: session.capacity,
        seatsLeft: session.availability.seatsLeft,
        waitlistLength: session.waitlistLength,
        status: session.availability.kind,
      })),
    });
  } catch (error) {
    return errorResponse(error, apiLocale(request), "GET /api/v1/infosessions");
  }
}
