import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Pagination } from "@/components/pagination";
import { ProductGrid } from "@/components/product-card";
import { SearchEmpty } from "@/components/search/search-empty";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchSortSelect } from "@/components/search/search-form";
import { ShopMain } from "@/components/shop-main";
import { categoryPath, getCategoryBySlug } from "@/lib/catalog";
import { hasSearchFilters, searchHref, searchProducts, type SearchState } from "@/lib/search";
import { getSettings } from "@/lib/settings";

const FORM_ID = "listing-controls";

/** The listing's title, description and canonical URL (sorted and filtered views point at the plain listing). */
export async function categoryListingMetadata(slug: string, state: SearchState): Promise<Metadata> {
  const category = await getCategoryBySlug(slug);
  if (!category) return {};
  // Sorted and filtered views point at the plain listing; later pages are their own pages.
  const canonical = state.page > 1 ? `${categoryPath(slug)}?page=${state.page}` : categoryPath(slug);
  const title = state.page > 1 ? `${category.name} (page ${state.page})` : category.name;
  const image = (await searchProducts({ ...state, page: 1 })).hits.find((p) => p.image)?.image;
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
 * cached whole. The listing is a search without words within the category (lib/search), so
 * it has the search page's facets: brand, each variant option, price, rating and stock. An
 * unknown slug is a 404.
 */
export async function CategoryListingPage({ slug, state }: { slug: string; state: SearchState }) {
  const category = await getCategoryBySlug(slug);
  if (!category) notFound();
  const listing = await searchProducts(state);
  const from = (state.page - 1) * listing.pageSize + 1;
  const shown = listing.hits.length;

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
          <SearchFacets formId={FORM_ID} state={state} page={listing} />
        </aside>
        <section aria-labelledby="results-heading">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-sm text-gray-700">
              {shown > 0
                ? `${from}–${from + shown - 1} of ${listing.total} ${listing.total === 1 ? "product" : "products"}`
                : listing.total === 1
                  ? "1 product"
                  : `${listing.total} products`}
            </h2>
            <SearchSortSelect key={state.sort} formId={FORM_ID} value={state.sort} browsing />
          </div>
          {shown > 0 ? (
            <ProductGrid products={listing.hits} eagerCount={2} />
          ) : listing.total === 0 && !hasSearchFilters(state.filters, slug) ? (
            <p className="rounded-xl border border-dashed border-gray-300 px-6 py-12 text-center text-gray-800">
              There are no products in this category yet. Check back soon.
            </p>
          ) : (
            <SearchEmpty state={state} total={listing.total} didYouMean={null} />
          )}
          <Pagination page={state.page} pageCount={listing.pageCount} hrefFor={(p) => searchHref(state, { page: p })} />
        </section>
      </div>
    </ShopMain>
  );
}
