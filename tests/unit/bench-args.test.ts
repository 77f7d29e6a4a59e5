import { describe, expect, it } from "vitest";
import { parseArgs } from "../../bench/support/args";

describe("the benchmarks' arguments", () => {
  it("reads options with a value, inline or next, and paths", () => {
    expect(parseArgs(["--runs", "3", "/uk", "--port=3500", "/uk/status"])).toEqual({
      options: { runs: "3", port: "3500" },
      positional: ["/uk", "/uk/status"],
    });
  });

  it("leaves the next option alone after a flag, so `--profile --warmup 10` keeps both", () => {
    expect(parseArgs(["--profile", "--warmup", "10"]).options).toEqual({ profile: "", warmup: "10" });
    expect(parseArgs(["--warmup", "10", "--profile"]).options).toEqual({ warmup: "10", profile: "" });
  });
});
