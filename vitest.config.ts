import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // `server-only` throws outside React Server Components; tests call reads directly.
  "server-only": path.join(root, "tests/setup/empty.ts"),
};

const postgresUrl = process.env.DATABASE_URL;
if (!postgresUrl) {
  console.log("[vitest] integration suites on the Postgres server skipped: DATABASE_URL is not set");
}

// next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
// inlined, Vite resolves it. (Domain entries such as @/lib/auth load it in most suites.)
const server = { deps: { inline: ["next-auth"] } };

const integration = {
  include: ["tests/**/*.test.ts"],
  server,
  testTimeout: 30_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          server,
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "inngest/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          ...integration,
          name: "pglite",
          env: { DATABASE_URL: "", PGLITE_DATA_DIR: "memory://" },
          setupFiles: ["tests/setup/database.ts"],
        },
      },
      ...(postgresUrl
        ? [
            {
              resolve: { alias },
              test: {
                ...integration,
                name: "postgres",
                env: { TEST_DATABASE_BASE_URL: postgresUrl },
                setupFiles: ["tests/setup/database.ts"],
              },
            },
          ]
        : []),
    ],
  },
});
