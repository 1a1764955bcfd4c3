import path from "node:path";
import { env } from "@/lib/env";
import { createDbHandle, type DbHandle, type DbTarget } from "./client";

export type { Db, DbOrTx, Tx } from "./client";
export { selectRows } from "./client";

function targetFromEnv(): DbTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dataDir: env.PGLITE_DATA_DIR ?? path.join(env.DATA_DIR, "pglite") };
}

// Cached on globalThis so dev-mode hot reloads reuse one pool (and one PGlite instance,
// which must be the only one open on its folder).
const globalForDb = globalThis as unknown as { __storefrontDb?: DbHandle };

export const dbHandle: DbHandle = (globalForDb.__storefrontDb ??= createDbHandle(targetFromEnv()));
export const db = dbHandle.db;
