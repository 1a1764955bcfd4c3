import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll } from "vitest";

// Each test file gets a database of its own: a fresh in-memory PGlite on the "pglite"
// project, a freshly created database on the Postgres server on the "postgres" project.
// This runs before the test file imports anything, so lib/env sees the per-file URL.
const baseUrl = process.env.TEST_DATABASE_BASE_URL;
let dropDatabase: (() => Promise<void>) | undefined;

if (baseUrl) {
  const name = `sf_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
}

const { dbHandle } = await import("@/db");
await dbHandle.migrate();

afterAll(async () => {
  await dbHandle.close();
  await dropDatabase?.();
});
