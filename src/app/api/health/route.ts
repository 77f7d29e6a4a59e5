import { checkDatabase } from "@/server/health";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when this instance can reach PostgreSQL, 503 otherwise. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "reachable" : "unreachable" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
