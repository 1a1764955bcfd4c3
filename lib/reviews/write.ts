import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { products, reviews } from "@/db/schema";
import { isValidSlug } from "@/lib/catalog";
import { fieldRefusal, type Refusal, type Refused } from "@/lib/errors";
import { loadSettings } from "@/lib/settings";
import { deliveredOrderWith, NOT_A_BUYER } from "./eligibility";
import { type ReviewInput, reviewInputSchema, type ReviewStatus } from "./input";
import { reviewLimitMessage, type ReviewLimits, reviewLimits } from "./limits";
import { recountRating } from "./ratings";
import { expireReviewTags } from "./tags";

// A shopper's own review: written once per product by a buyer who received it, edited or
// deleted by them. Every change that touches a published review recounts the product's
// rating and enqueues its catalog event in the same transaction (./ratings.ts); the tags
// are expired after the commit.

export type ReviewSaved = { ok: true; status: ReviewStatus; productSlug: string };
type Result = ReviewSaved | Refused;

const NO_PRODUCT: Refusal = { message: "This product is not available for reviews." };
const ALREADY: Refusal = { message: "You have already reviewed this product. You can edit your review instead." };
const NONE: Refusal = { message: "You have not reviewed this product yet." };

function parsed(input: unknown): { ok: true; data: ReviewInput } | Refused {
  const result = reviewInputSchema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) (fields[String(issue.path[0])] ??= []).push(issue.message);
  const first = Object.entries(fields)[0]!;
  return { ok: false, ...fieldRefusal(first[0], first[1][0]!), fields };
}

async function activeProduct(db: Db, slug: string) {
  if (!isValidSlug(slug)) return undefined;
  const [product] = await db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(and(eq(products.slug, slug), eq(products.status, "active")));
  return product;
}

async function counted(userId: string, limits: ReviewLimits): Promise<Refused | null> {
  const verdict = await limits.post.consume(userId);
  return verdict.limited ? { ok: false, message: reviewLimitMessage(verdict.retryAfterSeconds) } : null;
}

/** What writing a review needs before its transaction: valid input, a live product, a post left this hour. */
async function admitted(db: Db, userId: string, slug: string, input: unknown, limits: ReviewLimits) {
  const checked = parsed(input);
  if (!checked.ok) return checked;
  const product = await activeProduct(db, slug);
  if (!product) return { ok: false as const, ...NO_PRODUCT };
  const limited = await counted(userId, limits);
  if (limited) return limited;
  return { ok: true as const, product, data: checked.data };
}

/** A new review by `userId` of the product `slug`: published at once, or held when the settings say so. */
export async function createReview(
  db: Db,
  userId: string,
  slug: string,
  input: unknown,
  limits: ReviewLimits = reviewLimits(),
): Promise<Result> {
  const ready = await admitted(db, userId, slug, input, limits);
  if (!ready.ok) return ready;
  const { product, data } = ready;
  const outcome = await db.transaction(async (tx): Promise<Result> => {
    const orderId = await deliveredOrderWith(tx, userId, product.id);
    if (orderId === null) return { ok: false, message: NOT_A_BUYER };
    const { holdForModeration } = await loadSettings(tx, "reviews");
    const status: ReviewStatus = holdForModeration ? "pending" : "published";
    const [inserted] = await tx
      .insert(reviews)
      .values({ productId: product.id, userId, orderId, status, ...data })
      .onConflictDoNothing({ target: [reviews.productId, reviews.userId] })
      .returning({ id: reviews.id });
    if (!inserted) return { ok: false, ...ALREADY };
    if (status === "published") await recountRating(tx, product.id);
    return { ok: true, status, productSlug: product.slug };
  });
  if (outcome.ok && outcome.status === "published") await expireReviewTags(product, { ratingChanged: true });
  return outcome;
}

/**
 * The shopper's changes to their review. A hidden review stays hidden; with reviews held for
 * moderation an edited published one waits for a moderator again.
 */
export async function editReview(
  db: Db,
  userId: string,
  slug: string,
  input: unknown,
  limits: ReviewLimits = reviewLimits(),
): Promise<Result> {
  const ready = await admitted(db, userId, slug, input, limits);
  if (!ready.ok) return ready;
  const { product, data } = ready;
  let touchedPublished = false;
  const outcome = await db.transaction(async (tx): Promise<Result> => {
    const mine = and(eq(reviews.productId, product.id), eq(reviews.userId, userId));
    const [before] = await tx.select({ status: reviews.status }).from(reviews).where(mine).for("update");
    if (!before) return { ok: false, ...NONE };
    const { holdForModeration } = await loadSettings(tx, "reviews");
    const status: ReviewStatus = before.status === "published" && holdForModeration ? "pending" : before.status;
    await tx
      .update(reviews)
      .set({ ...data, status, updatedAt: sql`now()` })
      .where(mine);
    touchedPublished = before.status === "published";
    if (touchedPublished) await recountRating(tx, product.id);
    return { ok: true, status, productSlug: product.slug };
  });
  if (outcome.ok && touchedPublished) await expireReviewTags(product, { ratingChanged: true });
  return outcome;
}

/** Deletes the shopper's review of the product; the rating follows when it was published. */
export async function deleteReview(db: Db, userId: string, slug: string): Promise<{ ok: true } | Refused> {
  if (!isValidSlug(slug)) return { ok: false, ...NONE };
  const [product] = await db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(eq(products.slug, slug));
  if (!product) return { ok: false, ...NONE };
  let wasPublished = false;
  const outcome = await db.transaction(async (tx): Promise<{ ok: true } | Refused> => {
    const [deleted] = await tx
      .delete(reviews)
      .where(and(eq(reviews.productId, product.id), eq(reviews.userId, userId)))
      .returning({ status: reviews.status });
    if (!deleted) return { ok: false, ...NONE };
    wasPublished = deleted.status === "published";
    if (wasPublished) await recountRating(tx, product.id);
    return { ok: true };
  });
  if (outcome.ok && wasPublished) await expireReviewTags(product, { ratingChanged: true });
  return outcome;
}
