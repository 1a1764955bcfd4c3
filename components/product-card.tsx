import Image from "next/image";
import Link from "next/link";
import { productPath } from "@/lib/catalog/paths";
import type { ProductCard as Card } from "@/lib/catalog/types";
import { Price } from "./price";

const sizes = "(min-width: 1280px) 18rem, (min-width: 768px) 30vw, 50vw";

/** One product in a grid; `name` replaces the plain name (search shows the matched words). */
export function ProductCard({ product, eager = false, name }: { product: Card; eager?: boolean; name?: React.ReactNode }) {
  return (
    <Link
      href={productPath(product.slug)}
      className="group flex h-full flex-col rounded-xl border border-transparent p-2 transition hover:border-gray-200 hover:shadow-sm"
    >
      <div className="relative aspect-square overflow-hidden rounded-lg bg-gray-100">
        {product.image ? (
          <Image
            src={product.image.url}
            alt={product.image.alt}
            fill
            sizes={sizes}
            loading={eager ? "eager" : undefined}
            className="object-cover transition duration-300 group-hover:scale-[1.03]"
          />
        ) : (
          <span className="absolute inset-0 grid place-items-center text-sm text-gray-600">No image</span>
        )}
        {!product.inStock && (
          <span className="absolute top-2 left-2 rounded-full bg-white/95 px-2.5 py-1 text-xs font-medium text-gray-900 shadow-sm">
            Out of stock
          </span>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 px-1 pt-3 pb-1">
        {product.brand && <p className="text-xs font-medium tracking-wide text-gray-600 uppercase">{product.brand}</p>}
        <h3 className="text-sm font-medium text-gray-950 group-hover:underline group-hover:underline-offset-4">{name ?? product.name}</h3>
        <div className="mt-auto pt-1">
          <Price price={product.price} compareAt={product.compareAt} />
        </div>
      </div>
    </Link>
  );
}

/**
 * `eagerCount` cards load at once: the first row is above the fold and often the LCP.
 * `nameOf` renders a card's name in place of the plain one.
 */
export function ProductGrid<P extends Card>({
  products,
  eagerCount = 0,
  nameOf,
}: {
  products: P[];
  eagerCount?: number;
  nameOf?: (product: P) => React.ReactNode;
}) {
  return (
    <ul className="grid grid-cols-2 gap-x-3 gap-y-6 sm:gap-x-5 md:grid-cols-3 xl:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < eagerCount} name={nameOf?.(product)} />
        </li>
      ))}
    </ul>
  );
}
