import { describe, expect, it } from "vitest";

const { runAlone } = await import("@/server/run-alone");
const { db } = await import("@/server/db");

// Two instances starting the same pruning or retention round at once: one runs it, the other skips.
describe("a background round that must run alone", () => {
  it("runs in one caller while another holds the lock, and again once it is released", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const first = runAlone("test-job", async () => {
      started();
      await held;
      return "first";
    });
    await running;
    const second = await runAlone("test-job", async () => "second");
    const other = await runAlone("another-job", async () => "other");
    release();
    expect(await first).toEqual({ ran: true, result: "first" });
    expect(second).toEqual({ ran: false });
    expect(other).toEqual({ ran: true, result: "other" });
    expect(await runAlone("test-job", async () => "third")).toEqual({ ran: true, result: "third" });
  });

  it("releases the lock when the work fails", async () => {
    await expect(runAlone("failing-job", async () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    expect(await runAlone("failing-job", async () => 1)).toEqual({ ran: true, result: 1 });
    await db().$disconnect();
  });
});
