import Image from "next/image";
import Link from "next/link";
import { productPath, type ProductCard as Card } from "@/lib/catalog";
import { Price } from "./price";
import { ProductCardRating } from "./product-card-rating";
import { WishlistHeart } from "./wishlist/wishlist-heart";

const sizes = "(min-width: 1280px) 18rem, (min-width: 768px) 30vw, 50vw";

/**
 * One product in a grid; `name` replaces the plain name (search shows the matched words).
 * A listing repeats this two dozen times, in its HTML and again in the payload React
 * hydrates from, so its styles are named classes (globals.css, .product-card).
 */
export function ProductCard(props: { product: Card; eager?: boolean; name?: React.ReactNode }) {
  // The heart sits beside the link, not in it: a button inside a link is not a button.
  return (
    <div className="relative h-full">
      <ProductCardLink {...props} />
      <div className="absolute top-4 right-4">
        <WishlistHeart
          productId={props.product.id}
          productName={props.product.name}
          returnTo={productPath(props.product.slug)}
        />
      </div>
    </div>
  );
}

function ProductCardLink({ product, eager = false, name }: { product: Card; eager?: boolean; name?: React.ReactNode }) {
  return (
    <Link href={productPath(product.slug)} className="product-card">
      <div className="product-card-photo">
        {product.image ? (
          <Image
            src={product.image.url}
            alt={product.image.alt}
            fill
            sizes={sizes}
            loading={eager ? "eager" : undefined}
          />
        ) : (
          <span className="product-card-note">No image</span>
        )}
        {!product.inStock && <span className="product-card-badge">Out of stock</span>}
      </div>
      <div className="product-card-text">
        {product.brand && <p className="product-card-brand">{product.brand}</p>}
        <h3>{name ?? product.name}</h3>
        {product.rating && <ProductCardRating rating={product.rating} />}
        <div className="mt-auto pt-1">
          <Price price={product.price} compareAt={product.compareAt} />
        </div>
      </div>
    </Link>
  );
}

/**
 * `eagerCount` cards load at once: the first row on a phone (two cards) is above the fold and
 * often the largest paint; more would compete with it for the connection.
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
