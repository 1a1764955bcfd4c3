import { money } from "@/lib/money";
import type { CatalogImage, ProductCard } from "./types";

// The one mapping to a product card, for every place products are listed: the catalog's own
// queries and both search engines' hits, so a card looks the same wherever it is found.

/** A listed product as its source stores it: amounts in minor units, currency as stored. */
export type CardFields = {
  id: number;
  slug: string;
  name: string;
  brand: string;
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  inStock: boolean;
  image: CatalogImage | null;
  /** The published reviews' average and count (product_ratings); absent or null: no reviews. */
  ratingAverage?: number | null;
  reviewCount?: number | null;
};

export function productCard(fields: CardFields): ProductCard {
  // Currency is char(3) in Postgres; raw SQL rows may bring numbers and booleans as other types.
  const currency = fields.currency.trim();
  return {
    id: Number(fields.id),
    slug: fields.slug,
    name: fields.name,
    brand: fields.brand,
    price: money(Number(fields.priceAmount), currency),
    compareAt: fields.compareAtAmount === null ? null : money(Number(fields.compareAtAmount), currency),
    inStock: Boolean(fields.inStock),
    image: fields.image ?? null,
    rating: ratingOf(fields),
  };
}

function ratingOf({ ratingAverage, reviewCount }: CardFields): ProductCard["rating"] {
  const count = Number(reviewCount ?? 0);
  if (ratingAverage === null || ratingAverage === undefined || count <= 0) return null;
  // One decimal, as the card shows it: 4.25 → 4.3.
  return { average: Math.round(Number(ratingAverage) * 10) / 10, count };
}
