import { catalogDb, type Db, db as defaultDb } from "@/db";
import { env } from "@/lib/env";
import { createCircuitBreaker } from "./circuit-breaker";
import { type SearchReader, withFallback } from "./fallback";
import { createMeilisearchEngine } from "./meilisearch/engine";
import { createPostgresEngine } from "./postgres/engine";
import type { SearchEngine } from "./types";

// Which engines run is decided by env (docs/architecture.md, run modes): Postgres always — it is the
// embedded default and the fallback, so it is indexed in every mode — and Meilisearch when
// MEILISEARCH_HOST is set.

/** A healthy Meilisearch answers in milliseconds; past this a search falls back. */
export const MEILISEARCH_SEARCH_TIMEOUT_MS = 500;
/** The search breaker's name in lib/breakers (readiness and the metrics report it). */
export const SEARCH_BREAKER = "meilisearch";
/** How long search stays on Postgres after Meilisearch failed, before trying it again. */
export const MEILISEARCH_COOLDOWN_MS = 30_000;

const cache = globalThis as unknown as {
  __searchMeili?: SearchEngine | null;
  __searchReader?: SearchReader;
};

/** The Meilisearch engine when configured; one per process so its settings apply once. */
export function meilisearchEngine(): SearchEngine | null {
  if (cache.__searchMeili !== undefined) return cache.__searchMeili;
  cache.__searchMeili = env.MEILISEARCH_HOST
    ? createMeilisearchEngine({
        host: env.MEILISEARCH_HOST,
        apiKey: env.MEILISEARCH_API_KEY,
        indexUid: env.MEILISEARCH_INDEX ?? "products",
        searchTimeoutMs: MEILISEARCH_SEARCH_TIMEOUT_MS,
      })
    : null;
  return cache.__searchMeili;
}

/** Every index a product change must reach: Postgres first, then Meilisearch if configured. */
export function indexEngines(db: Db = defaultDb): SearchEngine[] {
  const meili = meilisearchEngine();
  return meili ? [createPostgresEngine(db), meili] : [createPostgresEngine(db)];
}

/**
 * The engine searches go to, with its breaker; kept so the breaker persists. Not cached
 * here: the pages and suggestions built from it are ("use cache", tag `search`).
 */
export function searchReader(): SearchReader {
  if (cache.__searchReader) return cache.__searchReader;
  const postgres = createPostgresEngine(catalogDb);
  const meili = meilisearchEngine();
  const engine: SearchReader = meili
    ? withFallback(
        meili,
        postgres,
        createCircuitBreaker({
          name: SEARCH_BREAKER,
          primary: "Meilisearch",
          fallback: "Postgres search",
          cooldownMs: MEILISEARCH_COOLDOWN_MS,
        }),
      )
    : postgres;
  cache.__searchReader = engine;
  return engine;
}
