/**
 * Loaded into the production server by `registration-burst --profile` (NODE_OPTIONS=--import): counts
 * the SQL round trips by kind, their wall time, and how long a connection holds a session's row lock
 * (from the statement that takes it to the end of its transaction). Written to BENCH_PG_TRACE on exit.
 */
import { writeFileSync } from "node:fs";
import pg from "pg";

const kinds = [
  ["begin", /^\s*BEGIN/i],
  ["commit/rollback", /^\s*(COMMIT|ROLLBACK)/i],
  ["rate limit", /"RateLimitCounter"/],
  ["booking statement", /-- booking/],
  ["seat lock/decision", /"Infosession"[\s\S]*(FOR NO KEY UPDATE|FOR UPDATE)|UPDATE "Infosession"/],
  ["waitlist position", /AS position/],
  ["registration insert", /INSERT INTO "public"\."Registration"|INSERT INTO "Registration"/],
  ["attendee insert", /INSERT INTO "public"\."Attendee"/],
  ["outbox insert", /"OutboxMessage"/],
  ["replay lookup", /"idempotencyKey" IN|"idempotencyKey" = ANY/],
  ["other", /./],
];
const takesSessionLock = /FOR NO KEY UPDATE|FOR UPDATE|UPDATE "Infosession"/;

const stats = { queries: 0, byKind: {}, lockHeldMs: [] };
const inTransaction = new WeakSet();
const lockedSince = new WeakMap();

function record(client, text, started) {
  const ended = performance.now();
  const kind = kinds.find(([, pattern]) => pattern.test(text))[0];
  const entry = (stats.byKind[kind] ??= { count: 0, totalMs: 0, example: text.slice(0, 160) });
  entry.count++;
  if (kind === "other") {
    const key = text.replace(/\s+/g, " ").slice(0, 100);
    entry.texts ??= {};
    entry.texts[key] = (entry.texts[key] ?? 0) + 1;
  }
  entry.totalMs += ended - started;
  stats.queries++;
  if (/^\s*BEGIN/i.test(text)) inTransaction.add(client);
  if (/^\s*(COMMIT|ROLLBACK)/i.test(text)) {
    inTransaction.delete(client);
    const since = lockedSince.get(client);
    if (since !== undefined) stats.lockHeldMs.push(ended - since);
    lockedSince.delete(client);
  } else if (takesSessionLock.test(text) && /"Infosession"/.test(text)) {
    if (inTransaction.has(client)) {
      if (!lockedSince.has(client)) lockedSince.set(client, started);
    } else stats.lockHeldMs.push(ended - started);
  }
}

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function traced(config, values, callback) {
  const text = typeof config === "string" ? config : (config?.text ?? "");
  const started = performance.now();
  const done = () => record(this, text, started);
  if (typeof callback === "function")
    return query.call(this, config, values, (...args) => (done(), callback(...args)));
  if (typeof values === "function") return query.call(this, config, (...args) => (done(), values(...args)));
  if (typeof config?.callback === "function") {
    const original = config.callback;
    config.callback = (...args) => (done(), original(...args));
    return query.call(this, config, values);
  }
  const result = query.call(this, config, values);
  if (result && typeof result.then === "function") result.then(done, done);
  return result;
};

process.on("exit", () => {
  if (process.env.BENCH_PG_TRACE) writeFileSync(process.env.BENCH_PG_TRACE, JSON.stringify(stats));
});
