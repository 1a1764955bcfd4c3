import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/db";
import { cacheTags } from "@/lib/cache-tags";
import {
  queryCategoryBySlug,
  queryCategorySitemap,
  queryCategoryTree,
  queryTopCategories,
} from "./categories";
import { queryFeaturedProducts } from "./product-cards";
import { queryProductBySlug, queryProductSitemap, queryVariantStock, withLiveStock } from "./product-detail";
import { type ListingQuery, queryProducts } from "./product-listing";

// The catalog's read API for pages: each read is a plain query from this folder wrapped in
// unstable_cache and tagged from lib/cache-tags, so a catalog write invalidates exactly
// what it touched. Tests call the plain queries against a real database instead.
//
// Writes are expected to revalidate these tags; the time limit only bounds how stale a
// page can get after a change made outside the app (a seed script, psql).
const revalidate = 600;

// React's cache() dedupes within one request (layout, generateMetadata and page all ask
// for the same product); unstable_cache shares results across requests.

export const getNavigation = cache(
  unstable_cache(() => queryCategoryTree(db), ["catalog:navigation"], {
    tags: [cacheTags.catalog, cacheTags.categories],
    revalidate,
  }),
);

export const getTopCategories = cache(
  unstable_cache(() => queryTopCategories(db), ["catalog:top-categories"], {
    tags: [cacheTags.catalog, cacheTags.categories, cacheTags.products],
    revalidate,
  }),
);

export const getCategoryBySlug = cache((slug: string) =>
  unstable_cache(() => queryCategoryBySlug(db, slug), ["catalog:category", slug], {
    tags: [cacheTags.catalog, cacheTags.categories, cacheTags.category(slug)],
    revalidate,
  })(),
);

export function listProducts(query: ListingQuery) {
  const tags: string[] = [cacheTags.catalog, cacheTags.products];
  if (query.categorySlug !== undefined) tags.push(cacheTags.categories, cacheTags.category(query.categorySlug));
  return unstable_cache(() => queryProducts(db, query), ["catalog:products", JSON.stringify(query)], {
    tags,
    revalidate,
  })();
}

const getCachedProduct = (slug: string) =>
  unstable_cache(() => queryProductBySlug(db, slug), ["catalog:product", slug], {
    // Categories too: the product page shows its category breadcrumb.
    tags: [cacheTags.catalog, cacheTags.products, cacheTags.product(slug), cacheTags.categories],
    revalidate,
  })();

/**
 * The product page: its content from the cache, its stock read live. Stock also changes in
 * background jobs (an unpaid order's hold released), which run outside any request, where
 * cache tags cannot be invalidated; a shopper must never be shown stock that is not there.
 */
export const getProductBySlug = cache(async (slug: string) => {
  const product = await getCachedProduct(slug);
  return product && withLiveStock(product, await queryVariantStock(db, product.id));
});

export const getFeaturedProducts = cache(
  unstable_cache((limit: number) => queryFeaturedProducts(db, limit), ["catalog:featured"], {
    tags: [cacheTags.catalog, cacheTags.products],
    revalidate,
  }),
);

export const getSitemapEntries = unstable_cache(
  async () => {
    const [categories, products] = await Promise.all([queryCategorySitemap(db), queryProductSitemap(db)]);
    return { categories, products };
  },
  ["catalog:sitemap"],
  { tags: [cacheTags.catalog, cacheTags.categories, cacheTags.products], revalidate },
);

export type { ListingQuery } from "./product-listing";
export type * from "./types";
