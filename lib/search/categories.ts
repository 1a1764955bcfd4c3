import type { CategoryNode } from "@/lib/catalog";
import { wordMatches } from "./highlight";
import { foldText } from "./normalize";

// Category names for facets and suggestions, from the catalog's cached category tree.

export type FlatCategory = { slug: string; name: string; depth: number; parentName: string | null };

/** The tree depth-first in its display order, so a facet list reads like the navigation. */
export function flattenCategories(tree: CategoryNode[], depth = 0, parentName: string | null = null): FlatCategory[] {
  return tree.flatMap((node) => [
    { slug: node.slug, name: node.name, depth, parentName },
    ...flattenCategories(node.children, depth + 1, node.name),
  ]);
}

/**
 * Categories whose name answers the query: `termGroups` holds, per query word, the words it
 * may stand for (typo corrections, synonyms). The more words a name answers, the higher it
 * ranks; deeper categories win ties, being more specific.
 */
export function matchCategories(categories: FlatCategory[], termGroups: string[][], limit = 3): FlatCategory[] {
  if (termGroups.length === 0) return [];
  return categories
    .map((category) => {
      const words = foldText(category.name).match(/[\p{L}\p{N}]+/gu) ?? [];
      const score = termGroups.filter((group) => words.some((w) => group.some((t) => wordMatches(w, t)))).length;
      return { category, score };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.category.depth - a.category.depth)
    .slice(0, limit)
    .map((c) => c.category);
}
