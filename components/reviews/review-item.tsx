import { formatLongDate } from "@/lib/format";
import type { ReviewView } from "@/lib/reviews/client";
import type { FormAction } from "@/components/ui/action-form";
import { HelpfulButton } from "./helpful-button";
import { Stars } from "./stars";

/**
 * One published review. Its words are rendered as text (React escapes them), never as HTML;
 * paragraphs are the shopper's blank lines.
 */
export function ReviewItem({
  review,
  helpfulAction,
  returnTo,
  timeZone,
}: {
  review: ReviewView;
  helpfulAction: FormAction;
  returnTo: string;
  timeZone?: string;
}) {
  const paragraphs = review.body.split(/\n\s*\n/).filter((p) => p.trim() !== "");
  return (
    <article aria-labelledby={`review-${review.id}-title`} className="border-t border-gray-200 py-6">
      <Stars rating={review.rating} />
      <h3 id={`review-${review.id}-title`} className="mt-1 font-semibold text-gray-950">
        {review.title}
      </h3>
      <p className="mt-1 text-sm text-gray-700">
        {review.authorName} · <time dateTime={review.createdAt}>{formatLongDate(review.createdAt, { timeZone })}</time>
        {review.verifiedPurchase && <span className="ml-2 font-medium text-green-800">Verified purchase</span>}
      </p>
      <div className="mt-3 space-y-3 leading-relaxed whitespace-pre-line text-gray-800">
        {paragraphs.map((p, i) => (
          <p key={i}>{p.trim()}</p>
        ))}
      </div>
      {review.reply && (
        <div className="mt-4 rounded-md bg-gray-50 p-4 text-sm">
          <p className="font-semibold text-gray-950">Reply from the store</p>
          <p className="mt-1 whitespace-pre-line text-gray-800">{review.reply}</p>
        </div>
      )}
      <div className="mt-3">
        <HelpfulButton action={helpfulAction} reviewId={review.id} count={review.helpfulCount} returnTo={returnTo} />
      </div>
    </article>
  );
}
