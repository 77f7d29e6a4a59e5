import "server-only";
import { env } from "@/env";

/**
 * Structured JSON logs, one line per event. Fields are ids, counts and codes only: a key that
 * names personal data is dropped before writing, so a careless call cannot leak it.
 */
type Field = string | number | boolean | null | undefined;
type Level = "debug" | "info" | "warn" | "error";

const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const personalKeys = /name|email|phone|birth|address|note|token|password|secret|contact/i;

function write(level: Level, event: string, fields: Record<string, Field> = {}) {
  if (order[level] < order[env().LOG_LEVEL]) return;
  const safe: Record<string, Field> = {};
  for (const [key, value] of Object.entries(fields)) {
    safe[key] = personalKeys.test(key) ? "[redacted]" : value;
  }
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...safe });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const log = {
  debug: (event: string, fields?: Record<string, Field>) => write("debug", event, fields),
  info: (event: string, fields?: Record<string, Field>) => write("info", event, fields),
  warn: (event: string, fields?: Record<string, Field>) => write("warn", event, fields),
  error: (event: string, fields?: Record<string, Field>) => write("error", event, fields),
};
