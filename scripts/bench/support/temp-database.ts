import { randomBytes } from "node:crypto";
import postgres from "postgres";

// Every bench runs on a database of its own, created here and dropped afterwards, so a run
// never touches a real store's data. Call before anything imports lib/env or db: the env it
// sets is what they read.

export type TempDatabase = {
  /** What the bench's output names as its database. */
  label: string;
  drop(): Promise<void>;
};

/** BENCH_DATABASE_URL or DATABASE_URL: a Postgres server to create the database on, or none. */
export function benchServerUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

/**
 * A temporary database on the server at `serverUrl`, or an in-memory PGlite when there is
 * none; DATABASE_URL (and PGLITE_DATA_DIR) point at it for the rest of the process.
 */
export async function createTempDatabase(serverUrl: string | undefined, pgliteNote = ""): Promise<TempDatabase> {
  if (!serverUrl) {
    process.env.DATABASE_URL = "";
    process.env.PGLITE_DATA_DIR = "memory://";
    return { label: `in-memory PGlite${pgliteNote}`, drop: async () => {} };
  }
  const name = `sf_bench_${randomBytes(5).toString("hex")}`;
  await onServer(serverUrl, (admin) => admin.unsafe(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  return {
    label: `Postgres server (temporary ${name})`,
    drop: () => onServer(serverUrl, (admin) => admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function onServer(serverUrl: string, run: (admin: postgres.Sql) => Promise<unknown>): Promise<void> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await run(admin);
  } finally {
    await admin.end();
  }
}
