import { optionGroups } from "../options";
import type { SearchFilters } from "../types";
import { facetAttributes } from "./settings";

// Meilisearch filters as arrays: the outer array is AND, an inner array is OR. Values are
// quoted with `\` and `"` escaped, so a brand from the URL stays one string value.

/** The classic facets, and one key per option with a filter (`option:size`). */
export type FacetKey = Exclude<keyof typeof facetAttributes, "options"> | `option:${string}`;
type Group = string[];

export function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function equals(attribute: string, values: string[]): Group | null {
  return values.length > 0 ? values.map((v) => `${attribute} = ${quote(v)}`) : null;
}

export function filterGroups(filters: SearchFilters): Partial<Record<FacetKey, Group | null>> {
  return {
    categories: equals(facetAttributes.categories, filters.categories),
    brands: equals(facetAttributes.brands, filters.brands),
    priceBuckets: equals(facetAttributes.priceBuckets, filters.priceBuckets),
    inStock: filters.inStock ? [`${facetAttributes.inStock} = true`] : null,
    rating: filters.minRating ? [`${facetAttributes.rating} = ${Math.floor(filters.minRating)}`] : null,
    ...Object.fromEntries(
      optionGroups(filters.options ?? []).map((g) => [`option:${g.option}`, equals(facetAttributes.options, g.values)]),
    ),
  };
}

/** The Meilisearch attribute a facet key counts. */
export function attributeOf(key: FacetKey): string {
  return key.startsWith("option:") ? facetAttributes.options : facetAttributes[key as keyof typeof facetAttributes];
}

/** Every active group but `except`: the filter a disjunctive facet is counted under. */
export function filterExcept(groups: Partial<Record<FacetKey, Group | null>>, except?: FacetKey): Group[] {
  return Object.entries(groups)
    .filter(([key, group]) => key !== except && group !== null)
    .map(([, group]) => group!);
}

export function activeFacets(groups: Partial<Record<FacetKey, Group | null>>): FacetKey[] {
  return (Object.keys(groups) as FacetKey[]).filter((key) => groups[key] != null);
}
