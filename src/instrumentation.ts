import { isNodeServerRuntime } from "./env";

/**
 * Runs once when a server instance starts: configuration problems stop it here, with one sentence
 * each, instead of surfacing as errors on the first request.
 */
export async function register() {
  if (!isNodeServerRuntime()) return;
  const { assertRuntimeEnv } = await import("./env");
  assertRuntimeEnv();
  const { startBackgroundWork } = await import("./server/background");
  startBackgroundWork();
}
