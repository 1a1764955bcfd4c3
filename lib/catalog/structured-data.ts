import { toDecimalString } from "./decimal";
import { absoluteUrl, productPath } from "./paths";
import type { ProductDetail, VariantDetail } from "./types";

// schema.org Product markup for the product page (rendered as application/ld+json). The
// offer describes the variant the page shows, so a `?variant=` link carries its own price.

/** The published reviews' summary and the first few reviews, when the product has any. */
type ReviewsForJsonLd = {
  count: number;
  average: number;
  reviews: { authorName: string; rating: number; title: string; body: string; createdAt: string }[];
};

export function productJsonLd(
  product: ProductDetail,
  variant: VariantDetail | undefined,
  siteUrl: string,
  ratings?: ReviewsForJsonLd,
) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.description,
    image: product.images.map((image) => absoluteUrl(image.url, siteUrl)),
    url: absoluteUrl(productPath(product.slug), siteUrl),
    ...(variant ? { sku: variant.sku } : {}),
    ...(product.brand ? { brand: { "@type": "Brand", name: product.brand } } : {}),
    ...(variant
      ? {
          offers: {
            "@type": "Offer",
            url: absoluteUrl(productPath(product.slug, variant), siteUrl),
            sku: variant.sku,
            // schema.org wants a plain decimal ("129.00"), never a formatted or float value.
            price: toDecimalString(variant.price),
            priceCurrency: variant.price.currency,
            availability: variant.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
            itemCondition: "https://schema.org/NewCondition",
          },
        }
      : {}),
    ...(ratings && ratings.count > 0 ? reviewsJsonLd(ratings) : {}),
  };
}

function reviewsJsonLd({ count, average, reviews }: ReviewsForJsonLd) {
  return {
    aggregateRating: {
      "@type": "AggregateRating",
      ratingValue: average,
      reviewCount: count,
      bestRating: 5,
      worstRating: 1,
    },
    review: reviews.map((r) => ({
      "@type": "Review",
      author: { "@type": "Person", name: r.authorName },
      datePublished: r.createdAt.slice(0, 10),
      name: r.title,
      reviewBody: r.body,
      reviewRating: { "@type": "Rating", ratingValue: r.rating, bestRating: 5, worstRating: 1 },
    })),
  };
}

/**
 * JSON for an inline <script>: escaping "<" stops a product text containing "</script>"
 * from closing the tag early (the JSON still parses to the same value).
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
