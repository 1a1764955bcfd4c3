import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { withReplicas } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { SQL } from "drizzle-orm";
import postgres from "postgres";
import { instrumentPglite, instrumentPostgres } from "@/lib/telemetry";
import * as schema from "./schema";

/**
 * Both drivers expose the same query builder; we type the handle as the postgres.js one so
 * domain code has one type to work with. Only `close` and `migrate` differ per driver.
 */
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type DbTarget =
  { kind: "postgres"; url: string; replicaUrls?: readonly string[] } | { kind: "pglite"; dataDir: string };

export type DbHandle = {
  db: Db;
  /**
   * For cached public reads (catalog, search, reviews, recommendations, settings for pages):
   * a replica when DATABASE_REPLICA_URLS names any, else `db`. Never for writes or for reading
   * what the same request just wrote.
   */
  catalogDb: Db;
  target: DbTarget;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /**
   * Whether every replica has replayed what the primary had written when this was called,
   * polled until `timeoutMs`; true at once without replicas. Throws if one cannot be asked.
   */
  replicasCaughtUp: (timeoutMs: number) => Promise<boolean>;
};

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Replicas get the primary's options; their own name tells them apart in pg_stat_activity.
// Every statement is counted (and traced when tracing is on) under its pool's name.
function postgresClient(url: string, applicationName: string, pool: "primary" | "replica") {
  return instrumentPostgres(
    pool,
    postgres(url, { max: 10, onnotice: () => {}, connection: { application_name: applicationName } }),
  );
}

export function createDbHandle(target: DbTarget): DbHandle {
  if (target.kind === "postgres") {
    const client = postgresClient(target.url, "storefront", "primary");
    const replicaClients = (target.replicaUrls ?? []).map((url) =>
      postgresClient(url, "storefront-replica", "replica"),
    );
    const db = drizzlePostgres({ client, schema, casing: "snake_case" });
    const replicas = replicaClients.map((replica) =>
      drizzlePostgres({ client: replica, schema, casing: "snake_case" }),
    );
    const [first, ...rest] = replicas;
    return {
      db,
      catalogDb: first ? replicaReads(db, [first, ...rest]) : db,
      target,
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: async () => {
        await Promise.all([client, ...replicaClients].map((c) => c.end({ timeout: 5 })));
      },
      replicasCaughtUp: (timeoutMs) => replicasCaughtUp(client, replicaClients, timeoutMs),
    };
  }

  if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
  const client = instrumentPglite(new PGlite(target.dataDir, { extensions: { pg_trgm } }));
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  return {
    db: db as unknown as Db,
    target,
    catalogDb: db as unknown as Db,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: () => client.close(),
    replicasCaughtUp: async () => true,
  };
}

/**
 * drizzle's withReplicas sends select, selectDistinct, $count, with and the relational
 * `query` to a replica, and `execute` to the primary. The catalog's and search's reads are
 * mostly raw SQL through selectRows (`execute`), so here `execute` goes to a replica as well:
 * this handle is for reads only. insert, update, delete and transaction still reach the
 * primary, and a raw write sent through it fails loudly (a replica is read-only).
 */
function replicaReads(primary: Db, replicas: [Db, ...Db[]]): Db {
  const routed = withReplicas(primary, replicas);
  const pick = () => replicas[Math.floor(Math.random() * replicas.length)]!;
  const execute: Db["execute"] = (query) => pick().execute(query);
  return Object.assign(routed, { execute });
}

const CATCH_UP_POLL_MS = 20;

// The primary's WAL write position once the caller's transaction has committed covers that
// commit; a replica has applied it once its replay position reaches it (both only grow).
async function replicasCaughtUp(primary: postgres.Sql, replicas: postgres.Sql[], timeoutMs: number): Promise<boolean> {
  if (replicas.length === 0) return true;
  const [{ lsn } = { lsn: "" }] = await primary<{ lsn: string }[]>`select pg_current_wal_lsn()::text as lsn`;
  const deadline = Date.now() + timeoutMs;
  let waiting = replicas;
  for (;;) {
    const caughtUp = await Promise.all(
      waiting.map((replica) =>
        replica<{ ok: boolean | null }[]>`select pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn as ok`.then(
          ([row]) => row?.ok === true,
        ),
      ),
    );
    waiting = waiting.filter((_, i) => !caughtUp[i]);
    if (waiting.length === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, CATCH_UP_POLL_MS));
  }
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
