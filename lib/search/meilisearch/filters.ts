import type { SearchFilters } from "../types";
import { facetAttributes } from "./settings";

// Meilisearch filters as arrays: the outer array is AND, an inner array is OR. Values are
// quoted with `\` and `"` escaped, so a brand from the URL stays one string value.

type FacetKey = keyof typeof facetAttributes;
type Group = string[];

export function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function equals(attribute: string, values: string[]): Group | null {
  return values.length > 0 ? values.map((v) => `${attribute} = ${quote(v)}`) : null;
}

export function filterGroups(filters: SearchFilters): Record<FacetKey, Group | null> {
  return {
    categories: equals(facetAttributes.categories, filters.categories),
    brands: equals(facetAttributes.brands, filters.brands),
    priceBuckets: equals(facetAttributes.priceBuckets, filters.priceBuckets),
    inStock: filters.inStock ? [`${facetAttributes.inStock} = true`] : null,
  };
}

/** Every active group but `except`: the filter a disjunctive facet is counted under. */
export function filterExcept(groups: Record<FacetKey, Group | null>, except?: FacetKey): Group[] {
  return Object.entries(groups)
    .filter(([key, group]) => key !== except && group !== null)
    .map(([, group]) => group!);
}

export function activeFacets(groups: Record<FacetKey, Group | null>): FacetKey[] {
  return (Object.keys(groups) as FacetKey[]).filter((key) => groups[key] !== null);
}
