import { describe, expect, it } from "vitest";
import { readCappedBody } from "@/server/figures/read-capped-body";

/** A body that would produce `total` bytes in 64 KiB chunks, counting how many it was asked for. */
function streamOf(total: number) {
  let produced = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) return controller.close();
      const size = Math.min(65_536, total - produced);
      produced += size;
      controller.enqueue(new Uint8Array(size));
    },
  });
  return { stream, produced: () => produced };
}

const post = (body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
  new Request("http://x/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readCappedBody", () => {
  it("refuses a declared 50 MB body without reading it", async () => {
    const body = streamOf(50 * 1024 * 1024);
    const result = await readCappedBody(
      post(body.stream, { "content-length": String(50 * 1024 * 1024) }),
      2 * 1024 * 1024,
    );
    expect(result).toEqual({ ok: false, reason: "tooLarge" });
    expect(body.produced()).toBeLessThanOrEqual(2 * 65_536);
  });

  it("stops reading an undeclared body as soon as it passes the cap", async () => {
    const body = streamOf(50 * 1024 * 1024);
    expect(await readCappedBody(post(body.stream), 2 * 1024 * 1024)).toEqual({
      ok: false,
      reason: "tooLarge",
    });
    expect(body.produced()).toBeLessThan(3 * 1024 * 1024);
  });

  it("returns a body under the cap whole", async () => {
    const result = await readCappedBody(post("a,b\n1,2\n"), 1024);
    expect(result.ok && new TextDecoder().decode(result.bytes)).toBe("a,b\n1,2\n");
  });
});
