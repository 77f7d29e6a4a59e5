import "server-only";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { routeGroupOf } from "./route-group";
import { metrics } from "./registry";

/** Set on each request from its socket (any copy the client sent is removed first): who connected. */
export const peerHeader = "x-welkom-peer";

/**
 * Counts and times every request this Node server answers (pages, API, assets), by route group,
 * method and status class. Next offers no hook around a whole request, so this wraps the HTTP
 * server's "request" event once, at start-up (instrumentation.ts).
 */
export function instrumentHttpServer(serverClass: typeof Server): void {
  const holder = globalThis as unknown as { welkomHttpInstrumented?: boolean };
  if (holder.welkomHttpInstrumented) return;
  holder.welkomHttpInstrumented = true;
  const emit = serverClass.prototype.emit;
  const wrapped = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") observe(args[0] as IncomingMessage, args[1] as ServerResponse);
    return (emit as (this: Server, event: string | symbol, ...rest: unknown[]) => boolean).call(
      this,
      event,
      ...args,
    );
  };
  serverClass.prototype.emit = wrapped as typeof emit;
}

function observe(request: IncomingMessage, response: ServerResponse): void {
  request.headers[peerHeader] = request.socket.remoteAddress ?? "";
  const started = process.hrtime.bigint();
  const group = routeGroupOf(request.url ?? "/");
  const method = ["GET", "HEAD", "POST"].includes(request.method ?? "") ? request.method! : "OTHER";
  response.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = `${Math.floor(response.statusCode / 100)}xx`;
    const { requests, duration } = metrics();
    requests.inc({ route_group: group, method, status });
    duration.observe({ route_group: group }, seconds);
  });
}
