import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { products, reviews, users } from "@/db/schema";
import { pageOf } from "@/lib/paging";
import { REVIEW_PAGE_SIZE, type ReviewSort, type ReviewStatus } from "./input";
import type { OwnReview, ReviewPage, ReviewView, StaffReviewRow } from "./types";

// Plain queries: ./index.ts wraps the shopper-facing ones in "use cache"; tests call these.

const view = {
  id: reviews.id,
  rating: reviews.rating,
  title: reviews.title,
  body: reviews.body,
  authorName: reviews.authorName,
  orderId: reviews.orderId,
  helpfulCount: reviews.helpfulCount,
  reply: reviews.reply,
  repliedAt: reviews.repliedAt,
  createdAt: reviews.createdAt,
  updatedAt: reviews.updatedAt,
};

type ViewRow = { [K in keyof typeof view]: (typeof reviews.$inferSelect)[K] };

function toView({ orderId, repliedAt, createdAt, updatedAt, ...row }: ViewRow): ReviewView {
  return {
    ...row,
    // Only buyers whose order was delivered can write one; the order is kept to say so.
    verifiedPurchase: orderId !== null,
    repliedAt: repliedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  };
}

const orderings: Record<ReviewSort, SQL[]> = {
  newest: [desc(reviews.createdAt), desc(reviews.id)],
  highest: [desc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)],
  lowest: [asc(reviews.rating), desc(reviews.createdAt), desc(reviews.id)],
  helpful: [desc(reviews.helpfulCount), desc(reviews.createdAt), desc(reviews.id)],
};

/** A page of a product's published reviews in the order asked for. */
export async function queryProductReviews(
  db: DbOrTx,
  productId: number,
  sort: ReviewSort,
  page: number,
  pageSize = REVIEW_PAGE_SIZE,
): Promise<ReviewPage> {
  const where = and(eq(reviews.productId, productId), eq(reviews.status, "published"));
  const [counted] = await db.select({ n: count() }).from(reviews).where(where);
  const total = counted?.n ?? 0;
  const { page: current, pageCount, offset } = pageOf({ page, pageSize, total });
  const rows = await db
    .select(view)
    .from(reviews)
    .where(where)
    .orderBy(...orderings[sort])
    .limit(pageSize)
    .offset(offset);
  return { reviews: rows.map(toView), page: current, pageCount, total };
}

/** The shopper's own review of a product, whatever its status, or null. */
export async function queryOwnReview(db: DbOrTx, userId: string, productId: number): Promise<OwnReview | null> {
  const [row] = await db
    .select({ ...view, status: reviews.status, hiddenReason: reviews.hiddenReason })
    .from(reviews)
    .where(and(eq(reviews.productId, productId), eq(reviews.userId, userId)));
  if (!row) return null;
  const { status, hiddenReason, ...rest } = row;
  return { ...toView(rest), status, hiddenReason };
}

export const STAFF_REVIEW_PAGE_SIZE = 25;

/** Reviews for moderation, newest first, optionally of one status. */
export async function queryStaffReviews(db: DbOrTx, page: number, status?: ReviewStatus) {
  const where = status ? eq(reviews.status, status) : undefined;
  const [counted] = await db.select({ n: count() }).from(reviews).where(where);
  const total = counted?.n ?? 0;
  const { page: current, pageCount, offset } = pageOf({ page, pageSize: STAFF_REVIEW_PAGE_SIZE, total });
  const rows = await db
    .select({
      ...view,
      status: reviews.status,
      hiddenReason: reviews.hiddenReason,
      productName: products.name,
      productSlug: products.slug,
      authorEmail: users.email,
    })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(where)
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(STAFF_REVIEW_PAGE_SIZE)
    .offset(offset);
  const items: StaffReviewRow[] = rows.map(
    ({ status: s, hiddenReason, productName, productSlug, authorEmail, ...rest }) => ({
      ...toView(rest),
      status: s,
      hiddenReason,
      productName,
      productSlug,
      authorEmail,
    }),
  );
  return { rows: items, page: current, pageCount, total };
}
