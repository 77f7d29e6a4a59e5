import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@/server/errors";
import { consumeRateLimit } from "@/server/rate-limit";

describe("a passed limit says when it ends", () => {
  it("reports the seconds left in the window, so a message can say how long to wait", async () => {
    const now = new Date("2026-12-01T10:45:00Z");
    await consumeRateLimit("test:wait", "203.0.113.9", 1, 3_600_000, now);
    const error = await consumeRateLimit("test:wait", "203.0.113.9", 1, 3_600_000, now).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RateLimitedError);
    // The hourly window started at 10:00: 15 minutes left.
    expect((error as RateLimitedError).retryAfterSeconds).toBe(15 * 60);
  });
});
