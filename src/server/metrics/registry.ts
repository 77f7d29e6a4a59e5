import "server-only";
import { Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * The Prometheus metrics of this process. Kept on globalThis: instrumentation and the route handlers
 * are bundled apart but must share one registry. Labels hold only fixed values (route groups,
 * statuses, loop names), never anything a person typed.
 */
type Metrics = {
  registry: Registry;
  requests: Counter<"route_group" | "method" | "status">;
  duration: Histogram<"route_group">;
  outbox: Gauge<"status">;
  registrations: Gauge<"status">;
  signInFailures: Gauge;
  loopLastRun: Gauge<"loop">;
};

const holder = globalThis as unknown as { welkomMetrics?: Metrics };

export function metrics(): Metrics {
  holder.welkomMetrics ??= create();
  return holder.welkomMetrics;
}

function create(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    requests: new Counter({
      name: "welkom_http_requests_total",
      help: "HTTP requests answered by this instance",
      labelNames: ["route_group", "method", "status"],
      registers,
    }),
    duration: new Histogram({
      name: "welkom_http_request_duration_seconds",
      help: "Time to answer an HTTP request",
      labelNames: ["route_group"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    outbox: new Gauge({
      name: "welkom_outbox_messages",
      help: "Mail in the outbox by status (PENDING waits to be sent, DEAD gave up)",
      labelNames: ["status"],
      registers,
    }),
    registrations: new Gauge({
      name: "welkom_infosession_registrations",
      help: "Registrations for upcoming infosessions by status",
      labelNames: ["status"],
      registers,
    }),
    signInFailures: new Gauge({
      name: "welkom_sign_in_failures_last_hour",
      help: "Failed staff sign-ins in the last hour, all instances (audit log)",
      registers,
    }),
    loopLastRun: new Gauge({
      name: "welkom_background_loop_last_run_timestamp_seconds",
      help: "When this instance last finished a round of each background loop",
      labelNames: ["loop"],
      registers,
    }),
  };
}
