import { spawn } from "node:child_process";
import path from "node:path";

const binary = (name: string) => path.resolve("node_modules", ".bin", name);

/** Runs a local npm binary to completion and resolves with its exit code. */
export function runToCompletion(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { quiet?: boolean } = {},
): Promise<number> {
  return new Promise((resolve) => {
    // quiet: nothing shown (the exit code still tells), e.g. migrations before a command whose output matters.
    const child = spawn(binary(name), args, { env, stdio: options.quiet ? "ignore" : "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Like runToCompletion, and also hands back everything the command printed (still shown as it runs). */
export function runCapturingOutput(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary(name), args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const chunks: string[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      chunks.push(chunk.toString());
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      chunks.push(chunk.toString());
      process.stderr.write(chunk);
    });
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: chunks.join("") }));
  });
}

/** Runs a long-lived server, passing Ctrl-C and SIGTERM on, and resolves when it exits. */
export function runUntilExit(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(binary(name), args, { env, stdio: "inherit" });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? 0);
    });
  });
}
