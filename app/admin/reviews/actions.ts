"use server";

import { z } from "zod";
import { adminAction } from "@/lib/admin";
import { hideReview, publishReview, replyToReview } from "@/lib/reviews";

// Moderation from /admin/reviews. lib/reviews checks the role again, audits in the change's
// transaction, recounts the rating and expires the product's tags.

const reviewId = z.coerce.number().int().positive();

export const publishReviewAction = adminAction(
  z.object({ reviewId }),
  ({ reviewId }, { actor, db }) => publishReview(db, actor, reviewId),
  "Review published.",
);

export const hideReviewAction = adminAction(
  z.object({ reviewId, reason: z.string().optional().default("") }),
  ({ reviewId, reason }, { actor, db }) => hideReview(db, actor, reviewId, reason),
  "Review hidden.",
);

export const replyToReviewAction = adminAction(
  z.object({ reviewId, reply: z.string().optional().default("") }),
  ({ reviewId, reply }, { actor, db }) => replyToReview(db, actor, reviewId, reply),
  (result) => (result.replied ? "Reply published." : "Reply removed."),
);
