import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { type DbHandle, migrationsFolder } from "./client";

/** How many of this build's migrations the database has, and how many the build has. */
export type SchemaVersion = { applied: number; needed: number };

// One key for every process that migrates this database: the server with MIGRATE_ON_START,
// `npm run db:migrate`, a Kubernetes Job. Whoever holds it migrates; the others wait, then find nothing to do.
const MIGRATION_LOCK = "storefront.migrations";

function journalTimes(folder: string): number[] {
  const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  return journal.entries.map((entry) => entry.when);
}

/**
 * Reads drizzle's record of applied migrations (drizzle.__drizzle_migrations). drizzle applies
 * every journal entry newer than the last row's created_at, so that is what counts as applied;
 * a database a newer build migrated further counts as current for this one.
 */
export async function schemaVersion(sql: postgres.Sql, folder = migrationsFolder): Promise<SchemaVersion> {
  const times = journalTimes(folder);
  const [table] = await sql<{ present: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as present`;
  if (!table?.present) return { applied: 0, needed: times.length };
  const [last] = await sql<
    { at: string | null }[]
  >`select max(created_at)::text as at from drizzle.__drizzle_migrations`;
  const lastAt = last?.at === null || last?.at === undefined ? -Infinity : Number(last.at);
  return { applied: times.filter((when) => when <= lastAt).length, needed: times.length };
}

export function behindMessage({ applied, needed }: SchemaVersion): string {
  return `the database is at migration ${applied}, this build needs ${needed}: run \`npm run db:migrate\``;
}

/**
 * At a server's start on Postgres: refuses a database whose migrations are behind this build
 * (rather than answering every page with a 500), or with `migrate` applies them under the
 * migration lock, so instances starting together migrate once. Returns how many it applied.
 */
export async function ensureSchemaCurrent(handle: DbHandle, { migrate }: { migrate: boolean }): Promise<number> {
  if (migrate) return migrateUnderLock(handle);
  return withSession(handle, async (sql) => {
    const version = await schemaVersion(sql);
    if (version.applied < version.needed) throw new Error(behindMessage(version));
    return 0;
  });
}

/** Applies the build's migrations to Postgres while holding the migration lock; returns how many it applied. */
export function migrateUnderLock(handle: DbHandle): Promise<number> {
  return withSession(handle, async (sql) => {
    await sql`select pg_advisory_lock(hashtext(${MIGRATION_LOCK}))`;
    try {
      const before = await schemaVersion(sql);
      if (before.applied >= before.needed) return 0;
      await handle.migrate();
      return before.needed - before.applied;
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${MIGRATION_LOCK}))`;
    }
  });
}

// One connection of its own, so a lock and its release happen in the same session.
async function withSession<T>(handle: DbHandle, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  if (handle.target.kind !== "postgres") throw new Error("the migration check is for a Postgres database");
  const sql = postgres(handle.target.url, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
