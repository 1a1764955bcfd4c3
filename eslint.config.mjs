import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
      // lib/env.ts is the only reader of process.env (docs/architecture.md, conventions).
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read env through lib/env.ts." },
      ],
    },
  },
  // Components show what lib hands them: view types come from lib/<domain>/types.ts, never the
  // database schema. And lib is the rules, shared by pages, jobs and scripts: it never reaches
  // back into the UI.
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/**"],
              message: "Components import view types from @/lib/<domain>/types, not the database schema.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components", "@/components/**", "@/app", "@/app/**"],
              message: "lib/ must not import UI code; move the shared type or rule into lib.",
            },
          ],
        },
      ],
    },
  },
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
