import type { Metadata } from "next";
import Link from "next/link";
import { CategoryTiles } from "@/components/category-tiles";
import { PickedForYou } from "@/components/recommendations/picked-for-you";
import { RecentlyViewed } from "@/components/recommendations/recently-viewed";
import { ProductGrid } from "@/components/product-card";
import { getFeaturedProducts, getTopCategories, categoryPath, listProducts } from "@/lib/catalog";
import { getSettings, settingsImageUrl } from "@/lib/settings";
import { ShopMain } from "@/components/shop-main";

export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: (await getSettings("store")).name }, alternates: { canonical: "/" } };
}

/** The owner's featured category's newest products, or the products marked featured. */
async function featuredProducts(categorySlug: string | null) {
  if (!categorySlug) return getFeaturedProducts(8);
  return (await listProducts({ categorySlug, sort: "newest", pageSize: 8 })).items;
}

export default async function HomePage() {
  const [store, home, categories] = await Promise.all([getSettings("store"), getSettings("home"), getTopCategories()]);
  const featured = await featuredProducts(home.featuredCategorySlug);
  const firstCategory = categories[0];
  const button =
    home.heroButtonLabel && home.heroButtonHref
      ? { href: home.heroButtonHref, label: home.heroButtonLabel }
      : firstCategory
        ? { href: categoryPath(firstCategory.slug), label: `Shop ${firstCategory.name}` }
        : null;
  const heroImage = home.heroImage ? settingsImageUrl(home.heroImage) : null;

  return (
    <ShopMain>
      <section className="relative mt-6 overflow-hidden rounded-2xl bg-gray-950 px-6 py-14 text-white sm:px-12 sm:py-20">
        {heroImage && (
          // eslint-disable-next-line @next/next/no-img-element -- the owner's upload, any size; decorative behind the text
          <img src={heroImage} alt="" className="absolute inset-0 size-full object-cover opacity-40" />
        )}
        <div className="relative max-w-2xl">
          <p className="text-sm font-semibold tracking-wide text-gray-300 uppercase">{store.name}</p>
          <h1 className="mt-3 text-4xl font-bold tracking-tight sm:text-5xl">{home.heroTitle}</h1>
          {home.heroText && <p className="mt-4 text-lg text-gray-200">{home.heroText}</p>}
          {button && (
            <Link
              href={button.href}
              className="mt-8 inline-flex rounded-md bg-white px-5 py-3 text-sm font-semibold text-gray-950 hover:bg-gray-100 focus-visible:outline-white"
            >
              {button.label}
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

      {/* The per-shopper parts are filled in by the browser after load: the page is cached whole. */}
      <PickedForYou />
      <RecentlyViewed />
    </ShopMain>
  );
}
