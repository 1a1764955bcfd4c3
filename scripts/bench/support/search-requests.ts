import type { SearchRequest } from "@/lib/search/types";

// What the search bench's shoppers ask for: distinct requests built from the synthetic
// catalog's words (db/seed/synthetic-data.ts), picked Zipf-distributed, deterministically so
// every run searches for the same things.

export type BenchRequestKind = "search page" | "suggestions" | "browse + filters";
export type BenchRequest = { kind: BenchRequestKind; request: SearchRequest };

/** A seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Distinct requests shoppers make: product words, "series + kind" and "feature + kind"
 * names, misspellings, what the box asks for as each is typed, and filtered browsing; shuffled
 * so that popularity (the Zipf rank) does not follow the order they were built in.
 */
export function requestUniverse(
  series: string[],
  kinds: { noun: string; features: string[] }[],
  categories: string[],
): BenchRequest[] {
  const rng = seededRandom(7);
  const pick = <T>(list: T[]) => list[Math.floor(rng() * list.length)]!;
  const typo = (word: string) => {
    const at = 1 + Math.floor(rng() * Math.max(1, word.length - 2));
    return word.slice(0, at) + word.slice(at + 1);
  };
  const noFilters = { categories: [], brands: [], priceBuckets: [], inStock: false };
  const phrases = new Set<string>();
  while (phrases.size < 1500) {
    const kind = pick(kinds);
    const roll = rng();
    const phrase =
      roll < 0.3
        ? kind.noun
        : roll < 0.55
          ? `${pick(series)} ${kind.noun}`
          : roll < 0.8
            ? `${pick(kind.features)} ${kind.noun}`
            : `${pick(series)} ${pick(kind.features)}`;
    phrases.add(
      (rng() < 0.2
        ? phrase
            .split(" ")
            .map((w, i) => (i === 0 ? typo(w) : w))
            .join(" ")
        : phrase
      ).toLowerCase(),
    );
  }
  const requests: BenchRequest[] = [];
  for (const phrase of phrases) {
    const sort = rng() < 0.8 ? "relevance" : pick(["price-asc", "price-desc", "newest"] as const);
    requests.push({
      kind: "search page",
      request: { query: phrase, filters: noFilters, sort, page: rng() < 0.85 ? 1 : 2, pageSize: 24 },
    });
    for (let n = 2; n <= phrase.length; n += 1 + Math.floor(rng() * 3)) {
      requests.push({
        kind: "suggestions",
        request: {
          query: phrase.slice(0, n),
          filters: noFilters,
          sort: "relevance",
          page: 1,
          pageSize: 6,
          withFacets: false,
        },
      });
    }
  }
  for (let i = 0; i < 600; i++) {
    const filters = {
      categories: [pick(categories)],
      brands: [],
      priceBuckets: rng() < 0.5 ? [pick(["0-25", "25-50", "50-100", "100-200", "200-up"])] : [],
      inStock: rng() < 0.5,
    };
    requests.push({
      kind: "browse + filters",
      request: {
        query: "",
        filters,
        sort: pick(["relevance", "price-asc", "newest"] as const),
        page: 1 + Math.floor(rng() * 3),
        pageSize: 24,
      },
    });
  }
  for (let i = requests.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [requests[i], requests[j]] = [requests[j]!, requests[i]!];
  }
  return requests;
}

/** Ranks 0…n-1 drawn so that rank r comes up about 1/(r+1) as often as rank 0. */
export function zipf(n: number, seed: number): () => number {
  const cdf: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= n; rank++) cdf.push((sum += 1 / rank));
  const rng = seededRandom(seed);
  return () => {
    const x = rng() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The universe for the synthetic catalog the bench seeds. */
export async function benchRequests(): Promise<BenchRequest[]> {
  const { series, templates } = await import("@/db/seed/synthetic-data");
  const { seedCategories } = await import("@/db/seed/data");
  return requestUniverse(
    series,
    templates.flatMap((t) => Object.entries(t.kinds).map(([noun, [features]]) => ({ noun, features }))),
    seedCategories.map((c) => c.slug),
  );
}
