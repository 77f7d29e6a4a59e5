/**
 * Runs once when a server instance starts: configuration problems stop it here, with one sentence
 * each, instead of surfacing as errors on the first request.
 */
export async function register() {
  // The literal test lets the bundler drop this branch from the edge build (whose runtime has no
  // node:crypto or Prisma), so `next build` prints no edge-runtime warnings.
  // eslint-disable-next-line no-restricted-syntax -- must be this literal for the bundler to see it
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { isNodeServerRuntime, assertRuntimeEnv } = await import("./env");
    if (!isNodeServerRuntime()) return;
    assertRuntimeEnv();
    const { startBackgroundWork } = await import("./server/background");
    startBackgroundWork();
  }
}
