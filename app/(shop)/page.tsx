import type { Metadata } from "next";
import Link from "next/link";
import { CategoryTiles } from "@/components/category-tiles";
import { ProductGrid } from "@/components/product-card";
import { getFeaturedProducts, getTopCategories, categoryPath } from "@/lib/catalog";
import { env } from "@/lib/env";
import { ShopMain } from "@/components/shop-main";

export const metadata: Metadata = {
  title: { absolute: env.STORE_NAME },
  alternates: { canonical: "/" },
};

export default async function HomePage() {
  const [featured, categories] = await Promise.all([getFeaturedProducts(8), getTopCategories()]);
  const firstCategory = categories[0];

  return (
    <ShopMain>
      <section className="mt-6 overflow-hidden rounded-2xl bg-gray-950 px-6 py-14 text-white sm:px-12 sm:py-20">
        <div className="max-w-2xl">
          <p className="text-sm font-semibold tracking-wide text-gray-300 uppercase">{env.STORE_NAME}</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">Gear that goes the distance.</h1>
          <p className="mt-4 text-lg text-gray-200">
            Outdoor, apparel and home goods, picked for quality and shipped fast.
          </p>
          {firstCategory && (
            <Link
              href={categoryPath(firstCategory.slug)}
              className="mt-8 inline-flex rounded-md bg-white px-5 py-3 text-sm font-semibold text-gray-950 hover:bg-gray-100 focus-visible:outline-white"
            >
              Shop {firstCategory.name}
            </Link>
          )}
        </div>
      </section>

      {categories.length > 0 && (
        <section aria-labelledby="categories-heading" className="mt-14">
          <h2 id="categories-heading" className="text-2xl font-bold tracking-tight text-gray-950">
            Shop by category
          </h2>
          <div className="mt-6">
            <CategoryTiles categories={categories} />
          </div>
        </section>
      )}

      <section aria-labelledby="featured-heading" className="mt-14">
        <h2 id="featured-heading" className="text-2xl font-bold tracking-tight text-gray-950">
          Featured products
        </h2>
        <div className="mt-6">
          {featured.length > 0 ? (
            <ProductGrid products={featured} />
          ) : (
            <p className="text-gray-700">New products are on their way. Check back soon.</p>
          )}
        </div>
      </section>
    </ShopMain>
  );
}
