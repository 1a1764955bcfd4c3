import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      // lib/env.ts is the only reader of process.env (docs/architecture.md, conventions).
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read env through lib/env.ts." }],
    },
  },
  {
    files: ["lib/env.ts", "instrumentation.ts", "tests/**", "e2e/**", "scripts/**", "*.config.*", "vitest.config.ts", "playwright.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
]);
