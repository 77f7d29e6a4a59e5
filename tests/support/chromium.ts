import { existsSync } from "node:fs";
import path from "node:path";
import { tmpdir } from "node:os";

/**
 * Which Chromium the end-to-end tests and benchmarks launch: CHROMIUM_PATH, else the system's
 * (Debian's /usr/bin/chromium and its usual neighbours), else the one inside the npm package
 * @sparticuz/chromium (a devDependency, unpacked into the temporary folder on first use), so
 * `npm ci && npm test` needs nothing installed by hand.
 */
export type ChromiumChoice = {
  executablePath: string;
  source: "CHROMIUM_PATH" | "system" | "npm";
  args: string[];
  env?: Record<string, string>;
};

type Environment = Record<string, string | undefined>;

export const systemChromiumPaths = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/**
 * The flags every test browser gets. @sparticuz/chromium's own `args` are meant for AWS Lambda and
 * include --disable-web-security, --allow-running-insecure-content and --single-process, which would
 * switch off the same-origin and CSP behaviour the tests check; its binary runs fine with these alone.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export async function resolveChromium(
  environment: Environment = process.env,
  candidates = systemChromiumPaths,
): Promise<ChromiumChoice> {
  const configured = environment.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH names ${configured}, which does not exist.`);
    return { executablePath: configured, source: "CHROMIUM_PATH", args: chromiumArgs };
  }
  const system = candidates.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system, source: "system", args: chromiumArgs };
  return bundledChromium(environment);
}

/** The Chromium inside @sparticuz/chromium; its fonts come along for machines that have none. */
export async function bundledChromium(environment: Environment = process.env): Promise<ChromiumChoice> {
  const { default: chromium } = await import("@sparticuz/chromium");
  const executablePath = await chromium.executablePath();
  const fonts = path.join(tmpdir(), "fonts");
  const needsFonts =
    !environment.FONTCONFIG_PATH && !existsSync("/etc/fonts/fonts.conf") && existsSync(fonts);
  return {
    executablePath,
    source: "npm",
    args: chromiumArgs,
    ...(needsFonts ? { env: withVariable(environment, "FONTCONFIG_PATH", fonts) } : {}),
  };
}

/** Playwright's launch `env` replaces the whole environment, so pass everything plus the one variable. */
function withVariable(environment: Environment, name: string, value: string): Record<string, string> {
  const entries = Object.entries(environment).filter(
    (entry): entry is [string, string] => entry[1] !== undefined,
  );
  return { ...Object.fromEntries(entries), [name]: value };
}
