import type { ProductDetail } from "@/lib/catalog";
import type { RecentProduct } from "./recently-viewed";

/** What "Recently viewed" keeps of a product in the shopper's browser: no price, which would go stale. */
export function recentProduct(product: ProductDetail): RecentProduct {
  const image = product.images[0];
  return {
    slug: product.slug,
    name: product.name,
    brand: product.brand,
    image: image ? { url: image.url, alt: image.alt } : null,
  };
}
