import { type CircuitBreaker, createCircuitBreaker } from "./circuit-breaker";
import type { SearchEngine, SearchRequest, SearchResult } from "./types";

/** What pages need from search: the engine that answered is in each result. */
export type SearchReader = { search(request: SearchRequest): Promise<SearchResult> };

/** Searches `primary` (Meilisearch) through a circuit breaker that falls back to `fallback`. */
export function withFallback(
  primary: SearchEngine,
  fallback: SearchEngine,
  breaker: CircuitBreaker = createCircuitBreaker({
    name: primary.name,
    primary: primary.name,
    fallback: fallback.name,
    cooldownMs: 30_000,
  }),
): SearchReader {
  return {
    search: (request) =>
      breaker.run(
        () => primary.search(request),
        () => fallback.search(request),
      ),
  };
}
