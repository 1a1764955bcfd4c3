import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { emails, outbox, reviewRequestOptOuts, reviews } from "@/db/schema";
import { getEmailSender } from "@/lib/email";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { eventHandlers } from "@/lib/outbox/registry";
import { inProcessTransport } from "@/lib/outbox/transports";
import { insertCatalogFixture } from "./catalog-fixture";
import { makeRetriesDue, resetOutbox } from "./helpers/outbox";
import { orderFor, productId, shopper } from "./reviews-fixtures";

vi.mock("next/cache", async () => ({
  revalidateTag: vi.fn(),
  refresh: vi.fn(),
  cacheLife: vi.fn(),
  cacheTag: vi.fn(),
}));

const { optOutByToken, REVIEW_REQUEST_DELAY_DAYS, scheduleReviewRequest, sendReviewRequest } =
  await import("@/lib/review-requests");
const { optOutUrl } = await import("@/lib/review-requests/send");

// The "how was it?" email: scheduled once per delivered order, a few days on; sent once; never
// to an address that opted out through the signed link.

const sender = getEmailSender();
const dispatcher = createDispatcher({
  db,
  transport: inProcessTransport({ context: () => ({ db, email: sender }), registry: eventHandlers }),
  backoff: () => 0,
});
const runDueEvents = () => dispatcher.drain();

async function deliveredOrder(slugs = ["camp-stove"]) {
  const user = await shopper("Ada Lovelace");
  const order = await orderFor(user, slugs[0]!);
  return { user, order };
}

const delivered = (order: { id: number; number: string; email: string }) => ({
  orderId: order.id,
  orderNumber: order.number,
  email: order.email,
  customerName: "Ada",
  deliveredAt: "2026-11-24T12:00:00.000Z",
});

const dueRows = (orderId: number) =>
  db
    .select()
    .from(outbox)
    .where(eq(outbox.name, "shop/review.request-due"))
    .then((rows) => rows.filter((r) => r.payload.orderId === orderId));

beforeAll(async () => {
  await insertCatalogFixture(db);
});
beforeEach(resetOutbox);

describe("scheduling", () => {
  it("enqueues one delayed request per order, however often the delivery is handled", async () => {
    const { order } = await deliveredOrder();
    expect(await scheduleReviewRequest(db, delivered(order))).toBe("scheduled");
    expect(await scheduleReviewRequest(db, delivered(order))).toBe("already-scheduled");
    const rows = await dueRows(order.id);
    expect(rows).toHaveLength(1);
    const days = (rows[0]!.nextAttemptAt.getTime() - Date.parse("2026-11-24T12:00:00.000Z")) / 86_400_000;
    expect(days).toBe(REVIEW_REQUEST_DELAY_DAYS);
  });

  it("is what the delivery event's handler does in the outbox", async () => {
    const { order } = await deliveredOrder();
    const { enqueueEvent } = await import("@/lib/events");
    await enqueueEvent(db, "shop/order.delivered", delivered(order));
    await runDueEvents();
    expect(await dueRows(order.id)).toHaveLength(1);
  });
});

describe("the email", () => {
  it("is sent once per order, with a link to each product's review form and a signed stop link", async () => {
    const { order } = await deliveredOrder();
    const event = { id: crypto.randomUUID(), data: delivered(order) };
    expect(await sendReviewRequest({ db, sender }, event)).toBe("sent");
    expect(await sendReviewRequest({ db, sender }, event)).toBe("already-sent");
    const sent = await db.select().from(emails).where(eq(emails.orderId, order.id));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ template: "review-request", recipient: order.email });
    expect(sent[0]!.html).toContain("/account/reviews/camp-stove");
    expect(sent[0]!.html).toContain("/reviews/unsubscribe/");
  });

  it("is not sent to an address that opted out through its link, and a forged link records nothing", async () => {
    const { order } = await deliveredOrder();
    expect(await optOutByToken("bm9ib2R5QGV4YW1wbGUuY29t.forged")).toBe(false);
    const token = optOutUrl(order.email).split("/").pop()!;
    expect(await optOutByToken(token)).toBe(true);
    expect(await optOutByToken(token)).toBe(true);
    expect(
      await db.select().from(reviewRequestOptOuts).where(eq(reviewRequestOptOuts.email, order.email)),
    ).toHaveLength(1);
    const event = { id: crypto.randomUUID(), data: delivered(order) };
    expect(await sendReviewRequest({ db, sender }, event)).toBe("opted-out");
    expect(await db.select().from(emails).where(eq(emails.orderId, order.id))).toEqual([]);
  });

  it("leaves out what the buyer already reviewed, and is not sent when nothing is left", async () => {
    const { user, order } = await deliveredOrder();
    await db.insert(reviews).values({
      productId: await productId("camp-stove"),
      userId: user.id,
      orderId: order.id,
      rating: 5,
      title: "Great",
      body: "Great stove",
      authorName: "Ada",
      status: "published",
    });
    const event = { id: crypto.randomUUID(), data: delivered(order) };
    expect(await sendReviewRequest({ db, sender }, event)).toBe("nothing-to-review");
    expect(
      await db
        .select()
        .from(emails)
        .where(and(eq(emails.orderId, order.id))),
    ).toEqual([]);
  });

  it("goes out through the outbox once the delay has passed", async () => {
    const { order } = await deliveredOrder();
    // Delivered just now: the request waits its days.
    await scheduleReviewRequest(db, { ...delivered(order), deliveredAt: new Date().toISOString() });
    await runDueEvents();
    expect(await db.select().from(emails).where(eq(emails.orderId, order.id))).toEqual([]);
    await makeRetriesDue();
    await runDueEvents();
    expect(await db.select().from(emails).where(eq(emails.orderId, order.id))).toHaveLength(1);
  });
});
