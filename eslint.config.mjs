import { readdirSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Import rules (docs/architecture.md, "One-way dependencies"). A domain of lib/ is reached
// through its entry: `@/lib/<domain>` (index.ts) on the server, `@/lib/<domain>/client` in
// "use client" files, which must not pull server modules into the browser's bundle. Only the
// domain's own files reach deeper. Cycles and layers over the whole graph are checked by
// scripts/check-imports.ts, which `npm run lint` runs after ESLint.
const DOMAINS = readdirSync("lib", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const deepImports = (ownDomain) => ({
  group: ["@/lib/*/*", "@/lib/*/*/**", "!@/lib/*/client", ...(ownDomain ? [`!@/lib/${ownDomain}/**`] : [])],
  message: "Import a domain through its entry: @/lib/<domain>, or @/lib/<domain>/client in a client component.",
});
const noSchema = {
  group: ["@/db", "@/db/**"],
  message: "Components import view types from @/lib/<domain>, not the database schema.",
};
const noDatabase = {
  group: ["@/db", "@/db/**"],
  message: "Routes reach the database through lib: adminAction's context, or a lib entry that owns its handle.",
};
const noUi = {
  group: ["@/components", "@/components/**", "@/app", "@/app/**"],
  message: "lib/ must not import UI code; move the shared type or rule into lib.",
};
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "import/no-duplicates": "error",
      // lib/env.ts is the only reader of process.env (docs/architecture.md, conventions).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read env through lib/env.ts." },
      ],
    },
  },
  { files: ["app/**"], ignores: TESTS, rules: restrict(noDatabase, deepImports()) },
  { files: ["inngest/**", "proxy.ts", "instrumentation.ts"], ignores: TESTS, rules: restrict(deepImports()) },
  { files: ["components/**"], ignores: TESTS, rules: restrict(noSchema, deepImports()) },
  { files: ["lib/*.ts"], ignores: TESTS, rules: restrict(noUi, deepImports()) },
  ...DOMAINS.map((domain) => ({
    files: [`lib/${domain}/**`],
    ignores: TESTS,
    rules: restrict(noUi, deepImports(domain)),
  })),
  {
    files: [
      "lib/env.ts",
      "instrumentation.ts",
      "tests/**",
      "e2e/**",
      "scripts/**",
      "*.config.*",
      "vitest.config.ts",
      "playwright.config.ts",
    ],
    rules: { "no-restricted-properties": "off" },
  },
]);
