import Link from "next/link";
import { productPath } from "@/lib/catalog/client";
import type { ProductLink } from "@/lib/recommendations/client";
import { TitledRow } from "./titled-row";

// A titled row of product links the browser fills in after load ("Picked for you", "Recently
// viewed"), so the page around it stays cached for everyone. Product cards are server
// components (they read the catalog), so these use the card's classes (globals.css).
export function LinkCards({ id, title, products }: { id: string; title: string; products: ProductLink[] }) {
  if (products.length === 0) return null;
  return (
    <TitledRow id={id} title={title}>
      <ul className="grid grid-cols-2 gap-x-3 gap-y-6 sm:gap-x-5 md:grid-cols-3 xl:grid-cols-4">
        {products.map((product) => (
          <li key={product.slug}>
            <Link href={productPath(product.slug)} className="product-card">
              <div className="product-card-photo">
                {product.image ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a URL read after load: the image optimiser would refuse hosts it does not know
                  <img
                    src={product.image.url}
                    alt={product.image.alt}
                    className="absolute inset-0 size-full"
                    loading="lazy"
                  />
                ) : (
                  <span className="product-card-note">No image</span>
                )}
              </div>
              <div className="product-card-text">
                {product.brand && <p className="product-card-brand">{product.brand}</p>}
                <h3>{product.name}</h3>
                {product.price && <p className="mt-1 text-sm font-semibold text-gray-950">{product.price}</p>}
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </TitledRow>
  );
}
