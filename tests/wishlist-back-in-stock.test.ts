import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { emails, outbox, products, productVariants, wishlistItems } from "@/db/schema";
import { createLogSender } from "@/lib/email/sender";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { checkWishlistStock, sendBackInStockEmail } from "@/lib/outbox/handlers/wishlist";
import { inProcessTransport } from "@/lib/outbox/transports";
import { addWishlistItem } from "@/lib/wishlist";
import { createUser, signInAs } from "./admin-helpers";
import { registryWith } from "./helpers/outbox";
import { insertOrder } from "./helpers/order-rows";

// Back-in-stock emails end to end through the outbox: a staff stock adjustment announces
// catalog/product.changed, the wishlist's handler claims the rows whose item can be bought
// again and writes one shop/wishlist.back-in-stock per shopper, whose handler sends the email.

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

const { adjustStockAction } = await import("@/app/admin/stock/actions");
const { orderTransitionAction } = await import("@/app/admin/orders/actions");

const registry = registryWith({
  "catalog/product.changed": [checkWishlistStock],
  "shop/wishlist.back-in-stock": [sendBackInStockEmail],
});
const dispatcher = createDispatcher({
  db,
  transport: inProcessTransport({ context: () => ({ db, email: createLogSender(() => {}) }), registry }),
  backoff: () => 0,
});

const ids = { product: 0, small: 0, large: 0 };
const people = {} as Record<"small" | "any" | "large" | "late", { id: string; email: string }>;

async function adjust(variantId: number, delta: number) {
  signInAs(await createUser("staff"));
  const result = await adjustStockAction({
    variantId,
    delta,
    reason: "Delivery",
    formKey: `k-${randomBytes(6).toString("hex")}`,
  });
  expect(result).toMatchObject({ ok: true });
  await deliverAll();
}

// The change's handler writes the email events; a second round delivers those.
async function deliverAll() {
  while ((await dispatcher.drain()).claimed > 0);
}

const sentTo = async () =>
  (
    await db
      .select({ to: emails.recipient, subject: emails.subject })
      .from(emails)
      .where(eq(emails.template, "back-in-stock"))
  )
    .map((e) => e.to)
    .sort();

beforeAll(async () => {
  const [product] = await db
    .insert(products)
    .values({ slug: "trail-tee", name: "Trail Tee", status: "active" })
    .returning();
  const [small, large] = await db
    .insert(productVariants)
    .values([
      {
        productId: product!.id,
        sku: "TEE-S",
        title: "S",
        options: { Size: "S" },
        priceAmount: 2500,
        currency: "USD",
        stock: 0,
      },
      {
        productId: product!.id,
        sku: "TEE-L",
        title: "L",
        options: { Size: "L" },
        priceAmount: 2700,
        currency: "USD",
        stock: 0,
      },
    ])
    .returning();
  Object.assign(ids, { product: product!.id, small: small!.id, large: large!.id });
  for (const key of ["small", "any", "large", "late"] as const) people[key] = await createUser("customer");
  // Saved while sold out: each waits for its item.
  expect(await addWishlistItem(db, people.small.id, { productId: ids.product, variantId: ids.small })).toMatchObject({
    ok: true,
  });
  expect(await addWishlistItem(db, people.any.id, { productId: ids.product })).toMatchObject({ ok: true });
  expect(await addWishlistItem(db, people.large.id, { productId: ids.product, variantId: ids.large })).toMatchObject({
    ok: true,
  });
});

describe("back-in-stock emails", () => {
  it("are not sent while the item is still out of stock", async () => {
    // L comes back and sells out again: those waiting for L or for any size are told once.
    await adjust(ids.large, 1);
    await adjust(ids.large, -1);
    expect(await sentTo()).toEqual([people.any.email, people.large.email].sort());
    const rows = await db.select().from(wishlistItems).where(eq(wishlistItems.productId, ids.product));
    expect(rows.map((r) => r.notifiedAt)).toEqual([null, null, null]); // all waiting again
    // S never came back: whoever waits for S heard nothing.
    expect(await sentTo()).not.toContain(people.small.email);
    const failed = await db.select().from(outbox).where(eq(outbox.status, "failed"));
    expect(failed).toEqual([]);
  });

  it("go out once per return to stock, however often the change is delivered", async () => {
    await db.delete(emails);
    await adjust(ids.small, 3);
    expect(await sentTo()).toEqual([people.any.email, people.small.email].sort());

    // Another change while in stock, and the same event delivered again: nothing more.
    await adjust(ids.small, 2);
    const [event] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.name, "catalog/product.changed"))
      .orderBy(outbox.createdAt)
      .limit(1);
    const context = { db, email: createLogSender(() => {}) };
    const data = { productId: ids.product, change: "updated" as const };
    await checkWishlistStock.run({ id: event!.id, name: "catalog/product.changed", data }, context);
    await checkWishlistStock.run({ id: event!.id, name: "catalog/product.changed", data }, context);
    await deliverAll();
    expect(await sentTo()).toEqual([people.any.email, people.small.email].sort());

    // Saved while it can be bought: nothing to announce.
    await addWishlistItem(db, people.late.id, { productId: ids.product, variantId: ids.small });
    await adjust(ids.small, 1);
    expect(await sentTo()).not.toContain(people.late.email);

    const [mail] = await db.select().from(emails).where(eq(emails.recipient, people.small.email));
    expect(mail?.subject).toBe("Trail Tee is back in stock");
    expect(mail?.text).toContain("Trail Tee (S)");
    expect(mail?.text).toContain(`/products/trail-tee?variant=${ids.small}`);
  });

  it("go out again after the item sold out and came back", async () => {
    await db.delete(emails);
    await adjust(ids.small, -6); // sold out: the marks are cleared
    const waiting = await db
      .select()
      .from(wishlistItems)
      .where(and(eq(wishlistItems.productId, ids.product), eq(wishlistItems.userId, people.small.id)));
    expect(waiting[0]?.notifiedAt).toBeNull();
    expect(await sentTo()).toEqual([]);

    await adjust(ids.small, 4);
    await adjust(ids.small, 1);
    expect(await sentTo()).toEqual([people.any.email, people.late.email, people.small.email].sort());
  });

  it("go out when a cancelled order returns the last unit", async () => {
    await db.delete(emails);
    // An unpaid bank transfer holds the only L (its stock was taken when it was placed).
    const order = await insertOrder(db, {
      email: "buyer@example.com",
      customerName: "Buyer",
      status: "awaiting_payment",
      lines: [
        { productId: ids.product, variantId: ids.large, name: "Trail Tee", title: "L", sku: "TEE-L", unitPrice: 2700 },
      ],
      payment: {},
    });

    signInAs(await createUser("staff"));
    const cancelled = await orderTransitionAction({
      orderId: order!.id,
      action: "cancel",
      reason: "Never paid",
      confirm: "yes",
      idempotencyKey: `key-${randomBytes(6).toString("hex")}`,
    });
    expect(cancelled).toMatchObject({ ok: true, data: { status: "cancelled" } });
    await deliverAll();
    expect(await sentTo()).toEqual([people.large.email]);
  });
});
