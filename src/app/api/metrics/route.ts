import { mayReadMetrics } from "@/server/metrics/access";
import { renderMetrics } from "@/server/metrics/collect";

export const dynamic = "force-dynamic";

/** Prometheus text format: with `Authorization: Bearer METRICS_TOKEN`, or from this machine. */
export async function GET(request: Request) {
  if (!mayReadMetrics(request.headers))
    return new Response("Not found\n", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { contentType, body } = await renderMetrics();
  return new Response(body, {
    status: 200,
    headers: { "Content-Type": contentType, "Cache-Control": "no-store" },
  });
}
