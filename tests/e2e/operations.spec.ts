import { expect, test } from "@playwright/test";

// The operator's endpoints on the e2e production server (scripts/test.ts sets METRICS_TOKEN).
test("readiness says the database answers and the migrations are current", async ({ request }) => {
  const response = await request.get("/api/ready");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ready", database: "reachable", migrations: "current" });
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("metrics in Prometheus text format, from this machine, without personal data in labels", async ({
  request,
}) => {
  await request.get("/nl/status");
  await request.get("/api/v1/infosessions");
  const response = await request.get("/api/metrics");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  for (const line of [
    /^welkom_http_requests_total\{route_group="info",method="GET",status="2xx"\} \d+/m,
    /^welkom_http_requests_total\{route_group="api",method="GET",status="2xx"\} \d+/m,
    /^welkom_http_request_duration_seconds_bucket\{le="0\.1",route_group="info"\} \d+/m,
    /^welkom_outbox_messages\{status="pending"\} \d+/m,
    /^welkom_outbox_messages\{status="dead"\} \d+/m,
    /^welkom_infosession_registrations\{status="confirmed"\} \d+/m,
    /^welkom_infosession_registrations\{status="waitlisted"\} \d+/m,
    /^welkom_sign_in_failures_last_hour \d+/m,
    /^welkom_background_loop_last_run_timestamp_seconds\{loop="outbox"\} \d+/m,
  ])
    expect(text).toMatch(line);
  const labels = [...text.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]).join("\n");
  expect(labels).not.toMatch(/@|[0-9a-f]{8}-[0-9a-f]{4}-/);
});

test("metrics are hidden from a client the local proxy forwards, unless it has the token", async ({
  request,
}) => {
  const outside = { "x-forwarded-for": "203.0.113.7" };
  expect((await request.get("/api/metrics", { headers: outside })).status()).toBe(404);
  expect(
    (
      await request.get("/api/metrics", {
        headers: { ...outside, authorization: "Bearer wrong-token-wrong-token" },
      })
    ).status(),
  ).toBe(404);
  const withToken = await request.get("/api/metrics", {
    headers: { ...outside, authorization: `Bearer ${process.env.METRICS_TOKEN}` },
  });
  expect(withToken.status()).toBe(200);
  expect(await withToken.text()).toContain("welkom_http_requests_total");
});
