import { defineConfig } from "drizzle-kit";

// Used only to generate migrations from db/schema (npm run db:generate). Applying them is
// `npm run db:migrate`, which works on PGlite too (drizzle-kit cannot load its extensions).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
