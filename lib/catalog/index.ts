import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { catalogDb } from "@/db";
import { cacheTags } from "@/lib/cache-tags";
import { skipsDataAtBuild } from "@/lib/env";
import { queryCategoryBySlug, queryCategorySitemap, queryCategoryTree, queryTopCategories } from "./categories";
import { queryFeaturedProducts } from "./product-cards";
import { queryProductBySlug, queryProductSitemap } from "./product-detail";
import { type ListingQuery, queryProducts } from "./product-listing";
import { isValidSlug } from "./slug";
import type { ProductListing } from "./types";

// The catalog's read API for pages. Each read is a plain query from this folder inside
// "use cache", tagged from lib/cache-tags: the pages built from them are cached whole and
// served until a write expires a tag they carry (lib/cache). Stock is part of the cached
// product: every stock change expires its product's tag, in a request or outside one.
// Tests call the plain queries against a real database instead.
//
// A self-hosted `next build` reads no data (skipsDataAtBuild): the server never serves what
// the build prerendered, it renders each page on its first request and caches that.

export async function getNavigation() {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.categories);
  if (skipsDataAtBuild()) return [];
  return queryCategoryTree(catalogDb);
}

export async function getTopCategories() {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.categories, cacheTags.products);
  if (skipsDataAtBuild()) return [];
  return queryTopCategories(catalogDb);
}

// A slug that cannot exist (too long, other characters: typed or hostile URLs) is answered
// before the cache: it would only fill it, under a tag Next refuses past 256 characters.
export async function getCategoryBySlug(slug: string) {
  return isValidSlug(slug) ? cachedCategoryBySlug(slug) : null;
}

async function cachedCategoryBySlug(slug: string) {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.categories, cacheTags.category(slug));
  if (skipsDataAtBuild()) return null;
  return queryCategoryBySlug(catalogDb, slug);
}

export async function listProducts(query: ListingQuery): Promise<ProductListing> {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.products);
  if (query.categorySlug !== undefined) cacheTag(cacheTags.categories, cacheTags.category(query.categorySlug));
  if (skipsDataAtBuild()) return { items: [], total: 0, page: 1, pageSize: 1, pageCount: 0 };
  return queryProducts(catalogDb, query);
}

/** An active product with its stock, or null (unknown, draft or archived). */
export async function getProductBySlug(slug: string) {
  return isValidSlug(slug) ? cachedProductBySlug(slug) : null;
}

async function cachedProductBySlug(slug: string) {
  "use cache";
  cacheLife("catalog");
  // Categories too: the product page shows its category breadcrumb.
  cacheTag(cacheTags.catalog, cacheTags.products, cacheTags.product(slug), cacheTags.categories);
  if (skipsDataAtBuild()) return null;
  return queryProductBySlug(catalogDb, slug);
}

export async function getFeaturedProducts(limit: number) {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.products);
  if (skipsDataAtBuild()) return [];
  return queryFeaturedProducts(catalogDb, limit);
}

export async function getSitemapEntries() {
  "use cache";
  cacheLife("catalog");
  cacheTag(cacheTags.catalog, cacheTags.categories, cacheTags.products);
  if (skipsDataAtBuild()) return { categories: [], products: [] };
  const [categories, products] = await Promise.all([queryCategorySitemap(catalogDb), queryProductSitemap(catalogDb)]);
  return { categories, products };
}

export type { ListingQuery } from "./product-listing";
export type * from "./types";

export { toDecimalString } from "./decimal";
export { viewSearchParams } from "./listing-params";
export { absoluteUrl, categoryPath, productPath } from "./paths";
export { type CardFields, productCard } from "./product-card";
export { type CardRow, cardColumns, cardSource, firstImageJoin, toProductCard } from "./product-cards";
export { toImage } from "./rows";
export { isValidSlug, slugify } from "./slug";
export { productJsonLd, serializeJsonLd } from "./structured-data";
export { summarize } from "./summary";
export { resolveVariant } from "./variant-selection";
export { imagesForVariant } from "./variant-images";
