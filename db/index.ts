import path from "node:path";
import { env } from "@/lib/env";
import { createDbHandle, type Db, type DbHandle, type DbTarget } from "./client";

export type { Db, DbOrTx, Tx } from "./client";
export { selectRows } from "./client";

function targetFromEnv(): DbTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
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
 * At shutdown: closes the database if this process opened it (a pool ends its connections;
 * PGlite flushes its folder, which a process that just exits may leave needing recovery).
 * The handle stays closed: a late query fails rather than opening the folder again.
 */
export async function closeDb(): Promise<void> {
  await globalForDb.__storefrontDb?.close();
}
