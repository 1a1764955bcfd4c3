import "server-only";
import { Meilisearch } from "meilisearch";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// "Similar products" through Meilisearch's similar-documents API, where it can answer: the
// store's index (lib/search/meilisearch) is configured from code without an embedder, so the
// API works only where the operator added one to the index. Which embedder the index has is
// asked once per process (again after a failure, at most every RETRY_MS); without one, or
// when Meilisearch is slow or down, the caller uses the Postgres ranking.

const TIMEOUT_MS = 500;
const RETRY_MS = 60_000;

type Probe = { embedder: string | null; at: number };
const state = globalThis as unknown as { __recommendationsEmbedder?: Probe };

function client(): { meili: Meilisearch; uid: string } | null {
  if (!env.MEILISEARCH_HOST) return null;
  return {
    meili: new Meilisearch({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY, timeout: TIMEOUT_MS }),
    uid: env.MEILISEARCH_INDEX ?? "products",
  };
}

async function embedderOf(meili: Meilisearch, uid: string): Promise<string | null> {
  const known = state.__recommendationsEmbedder;
  if (known && (known.embedder !== null || Date.now() - known.at < RETRY_MS)) return known.embedder;
  const embedders = await meili.index(uid).getEmbedders();
  const embedder = Object.keys(embedders ?? {})[0] ?? null;
  state.__recommendationsEmbedder = { embedder, at: Date.now() };
  return embedder;
}

/**
 * Product ids Meilisearch finds similar to `productId` in the same category and in stock, most
 * similar first; null when it cannot say (not configured, no embedder, an error or a timeout).
 */
export async function meilisearchSimilarIds(
  productId: number,
  categorySlug: string | null,
  limit: number,
): Promise<number[] | null> {
  const target = client();
  if (!target) return null;
  try {
    const embedder = await embedderOf(target.meili, target.uid);
    if (!embedder) return null;
    const filter = ["inStock = true", ...(categorySlug ? [`categorySlugs = ${JSON.stringify(categorySlug)}`] : [])];
    const result = await target.meili.index(target.uid).searchSimilarDocuments<{ id: number }>({
      id: productId,
      embedder,
      filter,
      limit,
      attributesToRetrieve: ["id"],
    });
    return result.hits.map((hit) => Number(hit.id)).filter((id) => Number.isSafeInteger(id) && id !== productId);
  } catch (error) {
    state.__recommendationsEmbedder = { embedder: null, at: Date.now() };
    log.warn({ err: error, module: "recommendations" }, "Meilisearch similar documents failed; using Postgres");
    return null;
  }
}
