/**
 * Runs once when a server instance starts: configuration problems stop it here, with one sentence
 * each, instead of surfacing as errors on the first request.
 */
export async function register() {
  // This literal test (not a helper) lets Next leave the Node-only imports below out of the Edge
  // bundle; it is the one environment read outside src/env.ts.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { assertRuntimeEnv, isBuildPhase } = await import("./env");
    if (isBuildPhase()) return;
    assertRuntimeEnv();
    const [{ Server }, { instrumentHttpServer }] = await Promise.all([
      import("node:http"),
      import("./server/metrics/http-metrics"),
    ]);
    instrumentHttpServer(Server);
    const { startBackgroundWork } = await import("./server/background");
    startBackgroundWork();
  }
}
