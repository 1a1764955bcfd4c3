import { updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";

// Writes invalidate exactly the tags the catalog reads use (lib/catalog/index.ts). updateTag,
// not revalidateTag: staff should see their own change on the next page (read-your-writes).
export type CatalogChange = { productSlugs?: string[]; categorySlugs?: string[]; categories?: boolean };

export function catalogTagsFor(change: CatalogChange): string[] {
  const tags = new Set<string>();
  if (change.productSlugs) {
    tags.add(cacheTags.products);
    for (const slug of change.productSlugs) tags.add(cacheTags.product(slug));
  }
  if (change.categories || change.categorySlugs) {
    tags.add(cacheTags.categories);
    for (const slug of change.categorySlugs ?? []) tags.add(cacheTags.category(slug));
  }
  return [...tags];
}

export function refreshCatalog(change: CatalogChange): void {
  for (const tag of catalogTagsFor(change)) updateTag(tag);
}
