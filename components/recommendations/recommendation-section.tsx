import { ProductGrid } from "@/components/product-card";
import type { ProductCard } from "@/lib/catalog";

/** A titled row of product cards; nothing at all when there is nothing to show. */
export function RecommendationSection({ id, title, products }: { id: string; title: string; products: ProductCard[] }) {
  if (products.length === 0) return null;
  return (
    <section aria-labelledby={id} data-testid={id} className="mt-14">
      <h2 id={id} className="text-lg font-semibold text-gray-950">
        {title}
      </h2>
      <div className="mt-4">
        <ProductGrid products={products} />
      </div>
    </section>
  );
}
