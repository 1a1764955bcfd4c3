import path from "node:path";
import { env } from "@/lib/env";
import { createDbHandle, type Db, type DbHandle, type DbTarget } from "./client";

export type { Db, DbOrTx, Tx } from "./client";
export { selectRows } from "./client";

function targetFromEnv(): DbTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL, replicaUrls: env.DATABASE_REPLICA_URLS };
  return { kind: "pglite", dataDir: env.PGLITE_DATA_DIR ?? path.join(env.DATA_DIR, "pglite") };
}

// Cached on globalThis so dev-mode hot reloads reuse one pool (and one PGlite instance,
// which must be the only one open on its folder).
const globalForDb = globalThis as unknown as { __storefrontDb?: DbHandle };

function getDbHandle(): DbHandle {
  return (globalForDb.__storefrontDb ??= createDbHandle(targetFromEnv()));
}

/**
 * Opens the database on first use, not on import: `next build` imports every route to
 * collect page data, and must not open (or create) the embedded PGlite folder that a
 * running server may hold. The proxy keeps drizzle's `is()`/instanceof checks working.
 */
function lazy<T extends object>(resolve: () => T): T {
  return new Proxy({} as T, {
    get(_, prop) {
      const target = resolve();
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
    has: (_, prop) => Reflect.has(resolve(), prop),
    getPrototypeOf: () => Object.getPrototypeOf(resolve()),
  });
}

export const dbHandle: DbHandle = lazy(getDbHandle);
export const db: Db = lazy(() => getDbHandle().db);

/**
 * The handle for cached public reads (docs/architecture.md, scale-out): a read replica when
 * DATABASE_REPLICA_URLS is set, else `db` itself. Writes, transactions and anything that must
 * see what was just written (checkout, cart, account, orders, admin, auth, outbox) use `db`.
 */
export const catalogDb: Db = lazy(() => getDbHandle().catalogDb);

/**
 * Before a write's cache tags are expired: waits (at most `timeoutMs`) until every replica
 * has replayed what the primary has committed, so a page rendered after the expiry cannot
 * read the replica's older rows and be cached as current. True at once without replicas;
 * false if one still lags at the deadline; throws if one cannot be asked. Without replicas it
 * opens nothing, so a process that never touched the database does not open it here.
 */
export async function waitForReplicas(timeoutMs = 2_000): Promise<boolean> {
  if (!env.DATABASE_URL || env.DATABASE_REPLICA_URLS.length === 0) return true;
  return getDbHandle().replicasCaughtUp(timeoutMs);
}

/**
 * At shutdown: closes the database if this process opened it (the pools, the replicas' too,
 * end their connections; PGlite flushes its folder, which a process that just exits may
 * leave needing recovery). The handle stays closed: a late query fails rather than opening the folder again.
 */
export async function closeDb(): Promise<void> {
  await globalForDb.__storefrontDb?.close();
}
