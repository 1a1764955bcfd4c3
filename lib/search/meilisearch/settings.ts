import type { Settings } from "meilisearch";
import { foldText } from "../normalize";
import { synonyms } from "../synonyms";
import type { SearchDocument } from "../types";

// The Meilisearch index is configured from code, applied on every rebuild and before the
// first write of a process, so a fresh Meilisearch needs nothing but `npm run search:reindex`.

/** Marks Meilisearch puts around matched words; control characters never occur in names. */
export const HIGHLIGHT_PRE = "\u0001";
export const HIGHLIGHT_POST = "\u0002";

export type MeiliDocument = Omit<SearchDocument, "featured" | "ratingAverage"> & {
  /** The name folded ("T-Shirt" → "tshirt"), so a query typed without hyphens finds it. */
  nameKeywords: string;
  /** 1 or 0: Meilisearch sorts numbers and strings, not booleans. */
  featured: number;
  /** 0 without reviews (ratings start at 1), so unrated products sort last. */
  ratingAverage: number;
  /** Every whole star the average reaches (4.3 → [1, 2, 3, 4]): "4 stars and up" is `ratingAtLeast = 4`. */
  ratingAtLeast: number[];
};

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const average = doc.ratingAverage ?? 0;
  return {
    ...doc,
    nameKeywords: foldText(doc.name),
    featured: doc.featured ? 1 : 0,
    ratingAverage: average,
    ratingAtLeast: Array.from({ length: Math.floor(average) }, (_, i) => i + 1),
  };
}

export const facetAttributes = {
  categories: "categorySlugs",
  brands: "brand",
  priceBuckets: "priceBucket",
  inStock: "inStock",
  options: "stockedOptions",
  rating: "ratingAtLeast",
} as const;

export const indexSettings: Settings = {
  // Order is rank: a name match beats a brand or category match, which beats the rest.
  searchableAttributes: ["name", "nameKeywords", "brand", "categoryNames", "optionValues", "specValues", "description"],
  filterableAttributes: Object.values(facetAttributes),
  sortableAttributes: ["priceAmount", "createdAt", "featured", "ratingAverage", "reviewCount"],
  displayedAttributes: ["*"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  // One typo from three letters on, so "blu" finds "blue"; two from seven ("expidition").
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 7 } },
  synonyms,
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 10_000 },
};
