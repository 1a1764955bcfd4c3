import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { JsonLd } from "@/components/json-ld";
import { RatingLink } from "@/components/reviews/rating-link";
import { ReviewsSection } from "@/components/reviews/reviews-section";
import { ProductGallery } from "@/components/product/product-gallery";
import { SelectedVariantProvider } from "@/components/product/selected-variant";
import { SpecificationsTable } from "@/components/product/specifications-table";
import { VariantPicker } from "@/components/product/variant-picker";
import { ProductRecommendations } from "@/components/recommendations/product-recommendations";
import { RecentlyViewed } from "@/components/recommendations/recently-viewed";
import { recentProduct } from "@/components/recommendations/recent-product";
import { getProductBySlug, categoryPath, productJsonLd, productPath, resolveVariant, summarize } from "@/lib/catalog";
import { env } from "@/lib/env";
import { getProductReviews, getReviewSummary, REVIEWS_ON_PRODUCT_PAGE } from "@/lib/reviews";
import { getSettings } from "@/lib/settings";
import { ShopMain } from "@/components/shop-main";
import { ProductWishlistHeart } from "@/components/wishlist/product-wishlist-heart";
import { markHelpfulAction } from "./reviews/actions";

export async function productMetadata(slug: string): Promise<Metadata> {
  const product = await getProductBySlug(slug);
  if (!product) return {};
  const description = summarize(product.description) || `${product.name} at ${env.STORE_NAME}.`;
  // Every ?variant= view is the same product page to a search engine.
  const canonical = productPath(product.slug);
  return {
    title: product.name,
    description,
    alternates: { canonical },
    openGraph: {
      title: product.name,
      description,
      url: canonical,
      images: product.images.slice(0, 4).map((i) => ({ url: i.url, width: i.width, height: i.height, alt: i.alt })),
    },
  };
}

/**
 * A product page: /products/[slug] shows the default variant, /products/[slug]?variant=… (by
 * id or SKU, rewritten to ./variant/[variant] in next.config) the one named, so a shared link
 * and a page without JavaScript show that variant. Each is cached whole; stock included.
 */
export async function ProductDetailPage({ slug, variantParam }: { slug: string; variantParam?: string }) {
  const product = await getProductBySlug(slug);
  if (!product) notFound();
  const variant = resolveVariant(product.variants, variantParam);
  const paragraphs = product.description.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  // Cached reads tagged with the product's reviews: the page stays one cached page.
  const [rating, firstReviews, store] = await Promise.all([
    getReviewSummary(product.id),
    getProductReviews(product.id, "newest", 1, REVIEWS_ON_PRODUCT_PAGE),
    getSettings("store"),
  ]);

  return (
    <ShopMain>
      <Breadcrumbs
        items={[...product.trail.map((c) => ({ name: c.name, href: categoryPath(c.slug) })), { name: product.name }]}
      />
      <SelectedVariantProvider initialVariantId={variant?.id}>
        <div className="grid gap-8 md:grid-cols-2 lg:gap-12">
          <ProductGallery images={product.images} name={product.slug} />
          <div>
            {product.brand && (
              <p className="text-sm font-medium tracking-wide text-gray-700 uppercase">{product.brand}</p>
            )}
            <h1 className="mt-1 text-3xl font-bold tracking-tight text-gray-950 sm:text-4xl">{product.name}</h1>
            <RatingLink summary={rating} />
            <div className="mt-6">
              {product.variants.length > 0 ? (
                <VariantPicker slug={product.slug} productName={product.name} variants={product.variants} />
              ) : (
                <p data-testid="stock-status" className="text-sm font-medium text-gray-800">
                  Currently unavailable
                </p>
              )}
            </div>
            {product.variants.length > 0 && (
              <div className="mt-4">
                <ProductWishlistHeart
                  productId={product.id}
                  productName={product.name}
                  slug={product.slug}
                  variants={product.variants.map((v) => ({ id: v.id, sku: v.sku, stock: v.stock }))}
                  chosenVariantId={variantParam ? variant?.id : undefined}
                />
              </div>
            )}
            {paragraphs.length > 0 && (
              <section aria-labelledby="description-heading" className="mt-10 border-t border-gray-200 pt-8">
                <h2 id="description-heading" className="text-lg font-semibold text-gray-950">
                  Description
                </h2>
                <div className="mt-3 space-y-4 leading-relaxed text-gray-800">
                  {paragraphs.map((paragraph, index) => (
                    <p key={index}>{paragraph.trim()}</p>
                  ))}
                </div>
              </section>
            )}
          </div>
        </div>
      </SelectedVariantProvider>

      {product.specifications.length > 0 && (
        <section aria-labelledby="specifications-heading" className="mt-14 max-w-3xl">
          <h2 id="specifications-heading" className="text-lg font-semibold text-gray-950">
            Specifications
          </h2>
          <div className="mt-4">
            <SpecificationsTable specifications={product.specifications} />
          </div>
        </section>
      )}

      <ProductRecommendations productId={product.id} slug={product.slug} />
      <RecentlyViewed current={recentProduct(product)} />

      <ReviewsSection
        slug={product.slug}
        summary={rating}
        reviews={firstReviews.reviews}
        helpfulAction={markHelpfulAction}
        timeZone={store.timeZone}
      />

      <JsonLd data={productJsonLd(product, variant, env.SITE_URL, { ...rating, reviews: firstReviews.reviews })} />
    </ShopMain>
  );
}
