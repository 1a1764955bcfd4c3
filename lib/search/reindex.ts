import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@/db";
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { allSearchDocuments, countSearchableProducts, loadSearchDocuments } from "./documents";
import { indexEngines } from "./engines";
import type { SearchEngine } from "./types";

// Keeping the indexes in step with the catalog. The outbox handler for
// `catalog/product.changed` calls reindexProduct; `npm run search:reindex` calls reindexAll.

/**
 * Brings one product's entry in every index up to date: written when the product is active
 * and has a variant, removed otherwise (deleted, draft, archived). Idempotent, so a retried
 * or duplicated event is harmless. Throws when an index cannot be updated, so the outbox
 * retries; Postgres is updated first, so the fallback is current even while Meilisearch is down.
 */
export async function reindexProduct(
  db: Db,
  productId: number,
  engines: SearchEngine[] = indexEngines(db),
): Promise<void> {
  const [doc] = await loadSearchDocuments(db, [productId]);
  try {
    for (const engine of engines) {
      if (doc) await engine.upsert([doc]);
      else await engine.remove([productId]);
    }
  } finally {
    // Search pages and suggestions on every instance show the index as it is now.
    await expireTags([cacheTags.search]);
  }
}

export type ReindexProgress = { engine: SearchEngine["name"]; indexed: number; total: number };

/** Rebuilds every index from the catalog, one engine after the other. */
export async function reindexAll(
  db: Db,
  options: {
    engines?: SearchEngine[];
    onStart?: (engine: SearchEngine["name"], total: number) => void;
    onProgress?: (p: ReindexProgress) => void;
  } = {},
): Promise<{ engine: SearchEngine["name"]; indexed: number }[]> {
  const engines = options.engines ?? indexEngines(db);
  const summary: { engine: SearchEngine["name"]; indexed: number }[] = [];
  for (const engine of engines) {
    const total = await countSearchableProducts(db);
    options.onStart?.(engine.name, total);
    let indexed = 0;
    await engine.rebuild(
      (tx) => allSearchDocuments(tx ?? db),
      (n) => {
        indexed = n;
        options.onProgress?.({ engine: engine.name, indexed: n, total });
      },
    );
    summary.push({ engine: engine.name, indexed });
    await expireTags([cacheTags.search]);
  }
  return summary;
}

const globalForBootstrap = globalThis as unknown as { __searchBootstrap?: Promise<void> };

/**
 * On a fresh database the catalog is seeded before anything has indexed it; rather than
 * serve an empty search until someone runs the reindex command, the first search of a
 * process builds the Postgres index when it is empty but products exist. One cheap query
 * per process otherwise.
 */
export function ensurePostgresIndex(db: Db, log: (line: string) => void = console.info): Promise<void> {
  return (globalForBootstrap.__searchBootstrap ??= (async () => {
    const [row] = await selectRows<{ indexed: boolean; searchable: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM search_documents) AS indexed,
            EXISTS (SELECT 1 FROM products WHERE status = 'active') AS searchable`,
    );
    if (!row || row.indexed || !row.searchable) return;
    const started = performance.now();
    const [postgres] = indexEngines(db);
    const [result] = await reindexAll(db, { engines: [postgres!] });
    log(
      `[search] built the empty Postgres search index: ${result?.indexed ?? 0} products in ${Math.round(performance.now() - started)} ms`,
    );
  })().catch((error: unknown) => {
    globalForBootstrap.__searchBootstrap = undefined;
    throw error;
  }));
}
