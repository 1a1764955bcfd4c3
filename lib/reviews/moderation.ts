import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { reviews } from "@/db/schema";
import { STAFF_ONLY } from "@/lib/actions";
import { AdminError, type AdminContext, recordAudit } from "@/lib/admin";
import { isStaffRole } from "@/lib/auth";
import { CORRECT_FIELDS } from "@/lib/errors";
import { HIDE_REASON_MAX, REVIEW_REPLY_MAX, type ReviewStatus } from "./input";
import { recountRating } from "./ratings";
import { expireReviewTags } from "./tags";

// Staff moderation (/admin/reviews, through adminAction): publish, hide with a reason, reply
// in public. Each checks the role again, writes its audit row in its transaction, and
// recounts the rating when the set of published reviews changed.

type Actor = AdminContext["actor"];

function assertStaff(actor: Actor): void {
  if (!isStaffRole(actor.role)) throw new AdminError(STAFF_ONLY);
}

async function changeStatus(
  db: Db,
  actor: Actor,
  reviewId: number,
  status: ReviewStatus,
  hiddenReason: string | null,
): Promise<{ productId: number; slug: string | null; ratingChanged: boolean }> {
  assertStaff(actor);
  const result = await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ productId: reviews.productId, status: reviews.status, hiddenReason: reviews.hiddenReason })
      .from(reviews)
      .where(eq(reviews.id, reviewId))
      .for("update");
    if (!before) throw new AdminError("This review no longer exists.");
    await tx
      .update(reviews)
      .set({ status, hiddenReason, updatedAt: sql`now()` })
      .where(eq(reviews.id, reviewId));
    await recordAudit(tx, actor, {
      action: status === "published" ? "review.publish" : "review.hide",
      entity: "review",
      entityId: reviewId,
      before: { status: before.status, hiddenReason: before.hiddenReason },
      after: { status, hiddenReason },
    });
    const ratingChanged = (before.status === "published") !== (status === "published");
    const slug = ratingChanged ? await recountRating(tx, before.productId) : null;
    return { productId: before.productId, slug, ratingChanged };
  });
  await expireReviewTags({ id: result.productId, slug: result.slug }, { ratingChanged: result.ratingChanged });
  return result;
}

export function publishReview(db: Db, actor: Actor, reviewId: number) {
  return changeStatus(db, actor, reviewId, "published", null);
}

export function hideReview(db: Db, actor: Actor, reviewId: number, reason: string) {
  const text = reason.trim();
  if (!text) throw new AdminError(CORRECT_FIELDS, { reason: ["Say why the review is hidden."] });
  if (text.length > HIDE_REASON_MAX)
    throw new AdminError(CORRECT_FIELDS, { reason: [`Keep the reason to ${HIDE_REASON_MAX} characters.`] });
  return changeStatus(db, actor, reviewId, "hidden", text);
}

/** The store's public answer under a review; an empty reply removes it. */
export async function replyToReview(db: Db, actor: Actor, reviewId: number, reply: string) {
  assertStaff(actor);
  const text = reply.trim();
  if (text.length > REVIEW_REPLY_MAX)
    throw new AdminError(CORRECT_FIELDS, { reply: [`Keep the reply to ${REVIEW_REPLY_MAX} characters.`] });
  const productId = await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ productId: reviews.productId, reply: reviews.reply })
      .from(reviews)
      .where(eq(reviews.id, reviewId))
      .for("update");
    if (!before) throw new AdminError("This review no longer exists.");
    await tx
      .update(reviews)
      .set({ reply: text || null, repliedAt: text ? sql`now()` : null })
      .where(eq(reviews.id, reviewId));
    await recordAudit(tx, actor, {
      action: "review.reply",
      entity: "review",
      entityId: reviewId,
      before: { reply: before.reply },
      after: { reply: text || null },
    });
    return before.productId;
  });
  await expireReviewTags({ id: productId, slug: null }, { ratingChanged: false });
  return { replied: text !== "" };
}
