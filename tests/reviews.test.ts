import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, outbox, productRatings, reviews, settings } from "@/db/schema";
import { cacheTags } from "@/lib/cache-tags";
import { productJsonLd } from "@/lib/catalog";
import { queryProductBySlug } from "@/lib/catalog/product-detail";
import { createLimiter } from "@/lib/rate-limit";
import { queryProductReviews } from "@/lib/reviews/reads";
import { queryRatingSummary } from "@/lib/reviews/ratings";
import { createUser, form, signInAs } from "./admin-helpers";
import { insertCatalogFixture } from "./catalog-fixture";
import { tagProbe } from "./helpers/expired-tags";
import { orderFor, productId, review, shopper } from "./reviews-fixtures";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({
  revalidateTag: vi.fn(),
  refresh: vi.fn(),
  cacheLife: vi.fn(),
  cacheTag: vi.fn(),
}));

const { createReview, deleteReview, editReview, hideReview, markHelpful, NOT_A_BUYER, publishReview } =
  await import("@/lib/reviews");
const { hideReviewAction, publishReviewAction } = await import("@/app/admin/reviews/actions");
const { saveReviewSettingsAction } = await import("@/app/admin/settings/reviews/actions");

// Room for every post a test makes, on counters of its own.
const open = () => ({
  post: createLimiter({ keyPrefix: `t${randomBytes(5).toString("hex")}`, points: 1000, duration: 60 }, "database"),
});

const write = (userId: string, slug: string, input: unknown) => createReview(db, userId, slug, input, open());
const edit = (userId: string, slug: string, input: unknown) => editReview(db, userId, slug, input, open());

async function rating(slug: string) {
  return queryRatingSummary(db, await productId(slug));
}

async function buyerOf(slug: string) {
  const user = await shopper();
  await orderFor(user, slug);
  return user;
}

const holdReviews = (hold: boolean) =>
  db
    .insert(settings)
    .values({ section: "reviews", value: { holdForModeration: hold } })
    .onConflictDoUpdate({ target: settings.section, set: { value: { holdForModeration: hold } } });

beforeAll(async () => {
  await insertCatalogFixture(db);
});
beforeEach(async () => {
  await holdReviews(false);
});

describe("who may review", () => {
  it("refuses a shopper who never received the product, and one whose order is not delivered yet", async () => {
    const stranger = await shopper();
    expect(await write(stranger.id, "camp-stove", review(5))).toMatchObject({ ok: false, message: NOT_A_BUYER });
    const waiting = await shopper();
    await orderFor(waiting, "camp-stove", "shipped");
    expect(await write(waiting.id, "camp-stove", review(5))).toMatchObject({ ok: false, message: NOT_A_BUYER });
    // A delivered order of another product proves nothing about this one.
    await orderFor(waiting, "summit-boots");
    expect(await write(waiting.id, "camp-stove", review(5))).toMatchObject({ ok: false, message: NOT_A_BUYER });
    const rows = await db.select().from(reviews).where(eq(reviews.userId, waiting.id));
    expect(rows).toEqual([]);
  });

  it("lets a buyer whose order was delivered review once, as a verified purchase", async () => {
    const buyer = await buyerOf("ridge-tent");
    expect(await write(buyer.id, "ridge-tent", review(4))).toMatchObject({ ok: true, status: "published" });
    expect(await write(buyer.id, "ridge-tent", review(1))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already reviewed/),
    });
    const page = await queryProductReviews(db, await productId("ridge-tent"), "newest", 1);
    const mine = page.reviews.filter((r) => r.title === "A 4-star title");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ rating: 4, verifiedPurchase: true, authorName: "Ada" });
  });

  it("refuses text past its bounds and a rating outside 1–5, writing nothing", async () => {
    const buyer = await buyerOf("camp-stove");
    const tooLong = await write(buyer.id, "camp-stove", review(5, { title: "x".repeat(121) }));
    expect(tooLong).toMatchObject({ ok: false, fields: { title: [expect.stringMatching(/120/)] } });
    expect(await write(buyer.id, "camp-stove", review(5, { body: "y".repeat(5001) }))).toMatchObject({
      ok: false,
      fields: { body: [expect.stringMatching(/5000/)] },
    });
    expect(await write(buyer.id, "camp-stove", review(6))).toMatchObject({
      ok: false,
      fields: { rating: [expect.any(String)] },
    });
    expect(await db.select().from(reviews).where(eq(reviews.userId, buyer.id))).toEqual([]);
  });

  it("answers a slug that cannot exist with a refusal, not a database error", async () => {
    const buyer = await buyerOf("camp-stove");
    expect(await write(buyer.id, "camp\u0000stove", review(5))).toMatchObject({ ok: false });
    expect(await deleteReview(db, buyer.id, "x".repeat(5000))).toMatchObject({ ok: false });
  });

  it("keeps the words as written: markup is stored as text, never as HTML", async () => {
    const buyer = await buyerOf("camp-stove");
    const body = '<script>alert("x")</script><b>bold</b>';
    await write(buyer.id, "camp-stove", review(3, { body }));
    const [row] = await db.select().from(reviews).where(eq(reviews.userId, buyer.id));
    expect(row!.body).toBe(body);
  });

  it("counts posts per account: past the limit the post is refused and nothing is written", async () => {
    const buyer = await buyerOf("camp-stove");
    const tight = {
      post: createLimiter({ keyPrefix: `t${randomBytes(5).toString("hex")}`, points: 1, duration: 60 }, "database"),
    };
    expect(await createReview(db, buyer.id, "camp-stove", review(2), tight)).toMatchObject({ ok: true });
    expect(await editReview(db, buyer.id, "camp-stove", review(5), tight)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/try again in/),
    });
    const [row] = await db.select().from(reviews).where(eq(reviews.userId, buyer.id));
    expect(row!.rating).toBe(2);
  });
});

describe("the rating follows the published reviews", () => {
  it("average and distribution follow new reviews, edits and deletes, each with its catalog event and tags", async () => {
    const id = await productId("summit-boots");
    const [a, b, c] = [await buyerOf("summit-boots"), await buyerOf("summit-boots"), await buyerOf("summit-boots")];
    await write(a.id, "summit-boots", review(5));
    await write(b.id, "summit-boots", review(4));
    await write(c.id, "summit-boots", review(3));
    expect(await rating("summit-boots")).toEqual({ count: 3, average: 4, distribution: [0, 0, 1, 1, 1] });

    const probe = tagProbe();
    const events = async () =>
      (await db.select({ payload: outbox.payload }).from(outbox).where(eq(outbox.name, "catalog/product.changed")))
        .map((r) => r.payload)
        .filter((p) => p.productId === id).length;
    const before = await events();
    probe.reset();
    expect(await edit(c.id, "summit-boots", review(1))).toMatchObject({ ok: true, status: "published" });
    expect(await rating("summit-boots")).toEqual({ count: 3, average: 3.3, distribution: [1, 0, 0, 1, 1] });
    expect(await events()).toBe(before + 1);
    await probe.expectExpired([cacheTags.productReviews(id), cacheTags.products, cacheTags.product("summit-boots")]);

    expect(await deleteReview(db, a.id, "summit-boots")).toEqual({ ok: true });
    expect(await rating("summit-boots")).toEqual({ count: 2, average: 2.5, distribution: [1, 0, 0, 1, 0] });
    expect(await events()).toBe(before + 2);
    expect(await deleteReview(db, a.id, "summit-boots")).toMatchObject({ ok: false });
  });

  it("with reviews held (an admin's setting), a new review waits and counts only once staff publish it", async () => {
    signInAs(await createUser("staff"));
    expect(await saveReviewSettingsAction(form({ holdForModeration: "on" }))).toMatchObject({ ok: false });
    signInAs(await createUser("admin"));
    expect(await saveReviewSettingsAction(form({ holdForModeration: "on" }))).toMatchObject({
      ok: true,
      message: "Review settings saved.",
    });
    const buyer = await buyerOf("camp-stove");
    const before = await rating("camp-stove");
    expect(await write(buyer.id, "camp-stove", review(1))).toMatchObject({ ok: true, status: "pending" });
    expect(await rating("camp-stove")).toEqual(before);
    const [row] = await db.select().from(reviews).where(eq(reviews.userId, buyer.id));
    const staff = await createUser("staff");
    await publishReview(db, { id: staff.id, email: staff.email, role: "staff" }, row!.id);
    const after = await rating("camp-stove");
    expect(after.count).toBe(before.count + 1);
    expect(after.distribution[0]).toBe(before.distribution[0] + 1);
  });
});

describe("moderation (/admin/reviews)", () => {
  it("hides a review with a reason through adminAction: the rating follows and the change is audited", async () => {
    const buyer = await buyerOf("ridge-tent");
    await write(buyer.id, "ridge-tent", review(1));
    const [row] = await db.select().from(reviews).where(eq(reviews.userId, buyer.id));
    const before = await rating("ridge-tent");

    signInAs(await createUser("customer"));
    expect(await hideReviewAction(form({ reviewId: String(row!.id), reason: "Spam" }))).toMatchObject({ ok: false });

    const staff = await createUser("staff");
    signInAs(staff);
    expect(await hideReviewAction(form({ reviewId: String(row!.id), reason: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(await hideReviewAction(form({ reviewId: String(row!.id), reason: "Not about the product" }))).toMatchObject({
      ok: true,
      message: "Review hidden.",
    });
    const after = await rating("ridge-tent");
    expect(after.count).toBe(before.count - 1);
    expect(after.distribution[0]).toBe(before.distribution[0] - 1);
    const page = await queryProductReviews(db, await productId("ridge-tent"), "newest", 1);
    expect(page.reviews.map((r) => r.id)).not.toContain(row!.id);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "review"), eq(auditLog.entityId, String(row!.id))));
    expect(audit).toMatchObject({
      actorId: staff.id,
      action: "review.hide",
      after: { status: "hidden", hiddenReason: "Not about the product" },
    });

    expect(await publishReviewAction(form({ reviewId: String(row!.id) }))).toMatchObject({ ok: true });
    expect(await rating("ridge-tent")).toEqual(before);
  });

  it("refuses a customer in the data layer too", async () => {
    const customer = await createUser("customer");
    await expect(hideReview(db, { id: customer.id, email: customer.email, role: "customer" }, 1, "x")).rejects.toThrow(
      /permission/,
    );
  });
});

describe("helpful votes", () => {
  it("counts one vote per shopper, never the author's own, in the review's count", async () => {
    const author = await buyerOf("camp-stove");
    await write(author.id, "camp-stove", review(5));
    const [row] = await db.select().from(reviews).where(eq(reviews.userId, author.id));
    const reader = await shopper();
    expect(await markHelpful(db, reader.id, row!.id)).toEqual({ ok: true, helpfulCount: 1 });
    expect(await markHelpful(db, reader.id, row!.id)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already/),
    });
    expect(await markHelpful(db, author.id, row!.id)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/own/),
    });
    const [after] = await db.select({ n: reviews.helpfulCount }).from(reviews).where(eq(reviews.id, row!.id));
    expect(after!.n).toBe(1);
    const helpful = await queryProductReviews(db, await productId("camp-stove"), "helpful", 1);
    expect(helpful.reviews[0]!.id).toBe(row!.id);
  });
});

describe("product JSON-LD", () => {
  it("carries aggregateRating and the first reviews once the product has published reviews", async () => {
    const buyer = await buyerOf("skillet");
    const product = (await queryProductBySlug(db, "skillet"))!;
    const none = await queryRatingSummary(db, product.id);
    expect(
      productJsonLd(product, product.variants[0], "https://shop.example.com", { ...none, reviews: [] }),
    ).not.toHaveProperty("aggregateRating");
    await write(buyer.id, "skillet", review(4));
    const summary = await queryRatingSummary(db, product.id);
    const first = await queryProductReviews(db, product.id, "newest", 1, 3);
    const data = productJsonLd(product, product.variants[0], "https://shop.example.com", {
      ...summary,
      reviews: first.reviews,
    });
    expect(data).toMatchObject({
      aggregateRating: { "@type": "AggregateRating", ratingValue: 4, reviewCount: 1 },
      review: [{ "@type": "Review", reviewRating: { ratingValue: 4 }, author: { name: "Ada" } }],
    });
  });
});

it("product_ratings is never negative and matches a recount", async () => {
  const rows = await db.select().from(productRatings);
  for (const row of rows) {
    const [s1, s2, s3, s4, s5] = [row.stars1, row.stars2, row.stars3, row.stars4, row.stars5];
    expect(s1 + s2 + s3 + s4 + s5).toBe(row.reviewCount);
    expect(s1 + 2 * s2 + 3 * s3 + 4 * s4 + 5 * s5).toBe(row.ratingSum);
  }
});
