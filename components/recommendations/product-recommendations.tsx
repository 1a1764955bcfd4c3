import { getFrequentlyBoughtTogether, getSimilarProducts } from "@/lib/recommendations";
import { RecommendationSection } from "./recommendation-section";

const BLOCK = 4;

/**
 * The product page's "Frequently bought together" and "Similar products". Both are cached
 * reads tagged like the page (lib/recommendations), so the page stays cached whole.
 */
export async function ProductRecommendations({ productId, slug }: { productId: number; slug: string }) {
  const [together, similar] = await Promise.all([
    getFrequentlyBoughtTogether(productId, slug),
    getSimilarProducts(productId, slug),
  ]);
  // A product already in the first row is not repeated in the second (the read returns extra).
  const shown = new Set(together.map((p) => p.id));
  return (
    <>
      <RecommendationSection id="bought-together-heading" title="Frequently bought together" products={together} />
      <RecommendationSection
        id="similar-products-heading"
        title="Similar products"
        products={similar.filter((p) => !shown.has(p.id)).slice(0, BLOCK)}
      />
    </>
  );
}
