import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "src/server/generated/**",
      "next-env.d.ts",
      "bench/results/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through src/env.ts only.",
        },
      ],
    },
  },
  {
    // Next drops Node-only code from the Edge bundle only behind the literal process.env.NEXT_RUNTIME test.
    files: ["src/instrumentation.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "MemberExpression[object.name='process'][property.name='env']:not(MemberExpression[property.name='NEXT_RUNTIME'] > MemberExpression.object)",
          message:
            "Only the literal process.env.NEXT_RUNTIME test may be read here; everything else through src/env.ts.",
        },
      ],
    },
  },
  {
    // Tooling, tests and benchmarks run outside the app and may read the environment directly.
    files: [
      "src/env.ts",
      "scripts/**",
      "tests/**",
      "bench/**",
      "prisma/**",
      "*.config.*",
      "playwright.config.ts",
      "vitest.*.ts",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // One-way imports: domain code is pure and must not reach into the server or the app.
    files: ["src/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@/server/*", "@/app/*", "@/components/*", "server-only", "next/*"] },
      ],
    },
  },
  {
    files: ["src/server/**"],
    rules: { "no-restricted-imports": ["error", { patterns: ["@/app/*", "@/components/*"] }] },
  },
];

export default config;
