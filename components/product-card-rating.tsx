import type { ProductCard } from "@/lib/catalog";

// A card's average rating: five stars filled to the average (a clipped overlay, so 4.5 shows
// four and a half) and the count. The stars are decoration; the sentence is what is read out.

export function ratingText({ average, count }: NonNullable<ProductCard["rating"]>): string {
  return `Rated ${average} out of 5 by ${count} ${count === 1 ? "shopper" : "shoppers"}`;
}

export function ProductCardRating({ rating }: { rating: NonNullable<ProductCard["rating"]> }) {
  return (
    <p className="flex items-center gap-1 text-xs text-gray-700">
      <span aria-hidden="true" className="relative inline-block leading-none tracking-tight text-gray-500">
        ★★★★★
        <span
          className="absolute inset-y-0 left-0 overflow-hidden whitespace-nowrap text-amber-700"
          style={{ width: `${(rating.average / 5) * 100}%` }}
        >
          ★★★★★
        </span>
      </span>
      <span aria-hidden="true">({rating.count})</span>
      <span className="sr-only">{ratingText(rating)}</span>
    </p>
  );
}
