import type { RatingSummary } from "@/lib/reviews/client";
import { Stars } from "./stars";

/** Under the product's name: its stars and count, linking down to the reviews. */
export function RatingLink({ summary }: { summary: RatingSummary }) {
  if (summary.count === 0) return null;
  return (
    <a href="#reviews" className="mt-2 inline-flex items-center gap-2 text-sm text-gray-800 hover:underline">
      <Stars rating={summary.average} label={`Rated ${summary.average} out of 5`} />
      <span>
        {summary.average.toFixed(1)} ({summary.count} {summary.count === 1 ? "review" : "reviews"})
      </span>
    </a>
  );
}
