import type { ProductImageDetail } from "./types";

/**
 * The photos with the chosen variant's own ones first (each group keeps its display order), so
 * picking Black leads with the black photo. Without a variant, or one without photos of its
 * own, the order is the product's.
 */
export function imagesForVariant(images: ProductImageDetail[], variantId: number | undefined): ProductImageDetail[] {
  if (variantId === undefined) return images;
  const own = images.filter((i) => i.variantIds.includes(variantId));
  return [...own, ...images.filter((i) => !i.variantIds.includes(variantId))];
}
