import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { SQL } from "drizzle-orm";
import postgres from "postgres";
import * as schema from "./schema";

/**
 * Both drivers expose the same query builder; we type the handle as the postgres.js one so
 * domain code has one type to work with. Only `close` and `migrate` differ per driver.
 */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export type DbHandle = {
  db: Db;
  target: DbTarget;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export function createDbHandle(target: DbTarget): DbHandle {
  if (target.kind === "postgres") {
    const client = postgres(target.url, {
      max: 10,
      onnotice: () => {},
      connection: { application_name: "storefront" },
    });
    const db = drizzlePostgres({ client, schema, casing: "snake_case" });
    return {
      db,
      target,
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }

  if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
  const client = new PGlite(target.dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return {
    db: db as unknown as Db,
    target,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
  };
}

/** Fails fast, naming DATABASE_URL, when the server cannot be reached or refuses us. */
export async function checkConnection(handle: DbHandle): Promise<void> {
  try {
    await handle.db.execute("select 1");
  } catch (error) {
    if (handle.target.kind === "postgres") {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new Error(`Cannot connect to the database in DATABASE_URL: ${reason}`);
    }
    throw error;
  }
}

/**
 * Runs raw SQL and returns its rows on either driver: postgres.js resolves `execute` to an
 * array, PGlite to `{ rows }`. Use the query builder where it can say what you need.
 */
export async function selectRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
