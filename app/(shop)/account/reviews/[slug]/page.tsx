import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/account/action-button";
import { AccountSection } from "@/components/account/section";
import { ReviewForm } from "@/components/reviews/review-form";
import { productPath } from "@/lib/catalog";
import { getReviewForm, NOT_A_BUYER, reviewStatusLabels } from "@/lib/reviews";
import { deleteReviewAction, saveReviewAction } from "./actions";

export const metadata: Metadata = { title: "Your review" };

type Props = { params: Promise<{ slug: string }> };

// Per request (the account layout): the shopper's own review of one product, or the form to
// write one when they received it. The product page links here for everyone.
export default async function ReviewFormPage({ params }: Props) {
  const { slug } = await params;
  const state = await getReviewForm(slug);
  if (!state) notFound();
  const { product, own, canReview, defaultName } = state;
  const back = (
    <Link href={productPath(product.slug)} className="font-medium underline underline-offset-4">
      Back to {product.name}
    </Link>
  );

  if (!own && !canReview) {
    return (
      <AccountSection id="review" title={`Review ${product.name}`}>
        <p role="status" className="text-gray-800">
          {NOT_A_BUYER} Reviews open once your order with it has been delivered.
        </p>
        <p className="mt-4">{back}</p>
      </AccountSection>
    );
  }

  return (
    <AccountSection id="review" title={own ? `Your review of ${product.name}` : `Review ${product.name}`}>
      {own && (
        <p className="mb-4 text-sm text-gray-800">
          Status: <strong>{reviewStatusLabels[own.status]}</strong>
          {own.status === "hidden" && own.hiddenReason ? ` (${own.hiddenReason})` : ""}
        </p>
      )}
      <ReviewForm
        action={saveReviewAction}
        slug={product.slug}
        mode={own ? "edit" : "create"}
        values={{
          rating: own?.rating ?? 0,
          title: own?.title ?? "",
          body: own?.body ?? "",
          authorName: own?.authorName ?? defaultName,
        }}
      />
      {own && (
        <div className="mt-8 border-t border-gray-200 pt-6">
          <ActionButton
            action={deleteReviewAction}
            fields={{ slug: product.slug }}
            label="Delete review"
            variant="danger"
          />
        </div>
      )}
      <p className="mt-6">{back}</p>
    </AccountSection>
  );
}
