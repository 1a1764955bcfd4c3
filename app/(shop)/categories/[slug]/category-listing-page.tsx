import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ListingFilters } from "@/components/listing-filters";
import { SortSelect } from "@/components/listing-form";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-card";
import { ShopMain } from "@/components/shop-main";
import { getCategoryBySlug, listProducts } from "@/lib/catalog";
import { categoryPath, hasActiveFilters, listingQueryString, type ListingParams } from "@/lib/catalog";
import { env } from "@/lib/env";
import { getSettings } from "@/lib/settings";

const FORM_ID = "listing-controls";

/** The listing's title, description and canonical URL (sorted and filtered views point at the plain listing). */
export async function categoryListingMetadata(slug: string, { page }: ListingParams): Promise<Metadata> {
  const category = await getCategoryBySlug(slug);
  if (!category) return {};
  // Sorted and filtered views point at the plain listing; later pages are their own pages.
  const canonical = `${categoryPath(slug)}${listingQueryString({ page }, env.STORE_CURRENCY)}`;
  const title = page > 1 ? `${category.name} (page ${page})` : category.name;
  const image = (await listProducts({ categorySlug: slug })).items.find((p) => p.image)?.image;
  return {
    title,
    description: category.description || `Shop ${category.name} at ${(await getSettings("store")).name}.`,
    alternates: { canonical },
    openGraph: {
      title,
      url: canonical,
      images: image ? [{ url: image.url, width: image.width, height: image.height, alt: image.alt }] : undefined,
    },
  };
}

/**
 * A category listing: the plain page (/categories/[slug]) and every sorted, filtered or later
 * view (/categories/[slug]?…, which proxy.ts hands to ./view/[query]) render this, each one
 * cached whole. An unknown slug is a 404.
 */
export async function CategoryListingPage({ slug, listingParams }: { slug: string; listingParams: ListingParams }) {
  const category = await getCategoryBySlug(slug);
  if (!category) notFound();
  const currency = env.STORE_CURRENCY;
  const listing = await listProducts({ categorySlug: slug, ...listingParams });
  const path = categoryPath(slug);
  const hrefFor = (page: number) => `${path}${listingQueryString({ ...listingParams, page }, currency)}`;

  return (
    <ShopMain>
      <Breadcrumbs items={category.trail.map((c) => ({ name: c.name, href: categoryPath(c.slug) }))} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-gray-950 sm:text-4xl">{category.name}</h1>
        {category.description && <p className="mt-3 text-gray-700">{category.description}</p>}
      </div>

      {category.children.length > 0 && (
        <nav aria-label={`Browse within ${category.name}`} className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {category.children.map((child) => (
              <li key={child.slug}>
                <Link
                  href={categoryPath(child.slug)}
                  className="inline-flex rounded-full border border-gray-300 px-4 py-2 text-sm font-medium text-gray-900 hover:border-gray-950"
                >
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="mt-8 grid gap-8 lg:grid-cols-[15rem_1fr]">
        <aside aria-label="Filters" className="lg:pt-1">
          <ListingFilters formId={FORM_ID} action={path} params={listingParams} currency={currency} />
        </aside>
        <section aria-labelledby="results-heading">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-sm text-gray-700">
              <ResultCount
                params={listingParams}
                total={listing.total}
                shown={listing.items.length}
                pageSize={listing.pageSize}
              />
            </h2>
            <SortSelect key={listingParams.sort} formId={FORM_ID} value={listingParams.sort} />
          </div>
          {listing.items.length > 0 ? (
            <ProductGrid products={listing.items} eagerCount={2} />
          ) : (
            <EmptyListing
              total={listing.total}
              filtered={hasActiveFilters(listingParams)}
              lastPageHref={hrefFor(Math.max(1, listing.pageCount))}
              clearHref={`${path}${listingQueryString({ sort: listingParams.sort }, currency)}`}
            />
          )}
          <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={hrefFor} />
        </section>
      </div>
    </ShopMain>
  );
}

function ResultCount({
  params,
  total,
  shown,
  pageSize,
}: {
  params: ListingParams;
  total: number;
  shown: number;
  pageSize: number;
}) {
  if (total === 0 || shown === 0) return <>{total === 1 ? "1 product" : `${total} products`}</>;
  const from = (params.page - 1) * pageSize + 1;
  return (
    <>
      {from}–{from + shown - 1} of {total} {total === 1 ? "product" : "products"}
    </>
  );
}

function EmptyListing({
  total,
  filtered,
  lastPageHref,
  clearHref,
}: {
  total: number;
  filtered: boolean;
  lastPageHref: string;
  clearHref: string;
}) {
  const link = "font-medium text-gray-950 underline underline-offset-4";
  return (
    <div className="rounded-xl border border-dashed border-gray-300 px-6 py-12 text-center">
      {total > 0 ? (
        <p className="text-gray-800">
          This page is past the end of the list.{" "}
          <Link href={lastPageHref} className={link}>
            Go to the last page
          </Link>
        </p>
      ) : filtered ? (
        <p className="text-gray-800">
          No products match these filters.{" "}
          <Link href={clearHref} className={link}>
            Clear filters
          </Link>
        </p>
      ) : (
        <p className="text-gray-800">There are no products in this category yet. Check back soon.</p>
      )}
    </div>
  );
}
