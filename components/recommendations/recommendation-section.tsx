import { ProductGrid } from "@/components/product-card";
import type { ProductCard } from "@/lib/catalog";
import { TitledRow } from "./titled-row";

/** A titled row of product cards; nothing at all when there is nothing to show. */
export function RecommendationSection({ id, title, products }: { id: string; title: string; products: ProductCard[] }) {
  if (products.length === 0) return null;
  return (
    <TitledRow id={id} title={title}>
      <ProductGrid products={products} />
    </TitledRow>
  );
}
