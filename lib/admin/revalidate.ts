import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";

// Writes expire exactly the tags the catalog reads carry (lib/catalog/index.ts), at once:
// staff see their own change on the next page, and so does every shopper on every instance.
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

export async function refreshCatalog(change: CatalogChange): Promise<void> {
  await expireTags(catalogTagsFor(change));
}
