import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orderEvents, orderLines, orders, outbox, payments, productVariants } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/place-order";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { insertProduct, reviewAndPlace, shopperDetails, stockOf } from "./helpers/checkout-fixtures";

// Placing orders against a real database (PGlite here, Postgres in CI): one transaction
// that takes stock without overselling, snapshots the order and writes its outbox event.

describe("placing an order", () => {
  it("records line snapshots, totals, the payment, the timeline and the confirmation event together", async () => {
    const { variantIds } = await insertProduct(db, {
      name: "Rain Jacket",
      variants: [
        { price: 12900, stock: 5, title: "M" },
        { price: 1850, stock: 9, title: "L" },
      ],
    });
    const [jacket, socks] = variantIds as [number, number];
    const details = shopperDetails({ address: { ...shopperDetails().address, region: "NY" } });
    const result = await reviewAndPlace(db, {
      lines: [
        { variantId: jacket, quantity: 2 },
        { variantId: socks, quantity: 1 },
      ],
      details,
    });
    if (!result.ok) throw new Error(result.message);
    const { order } = result;

    expect(order).toMatchObject({
      status: "awaiting_payment",
      paymentMethod: "bank_transfer",
      email: details.email,
      currency: "USD",
      subtotalAmount: 27650,
      discountAmount: 0,
      shippingAmount: 0, // free standard shipping over 75.00
      taxAmount: 1106, // NY 4%
      totalAmount: 27650 + 1106,
      stockReleasedAt: null,
      paidAt: null,
    });
    expect(order.number).toMatch(/^NW-[0-9A-Z]{8}$/);
    expect(order.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    expect(
      lines.map((l) => [l.productName, l.variantTitle, l.unitPrice, l.quantity, l.lineSubtotal, l.lineTax]),
    ).toEqual([
      ["Rain Jacket", "M", 12900, 2, 25800, 1032],
      ["Rain Jacket", "L", 1850, 1, 1850, 74],
    ]);
    expect(await stockOf(db, jacket)).toBe(3);
    expect(await stockOf(db, socks)).toBe(8);

    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({
      method: "bank_transfer",
      status: "pending",
      amount: order.totalAmount,
      reference: order.number,
    });
    const timeline = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(timeline.map((e) => e.type)).toEqual(["placed"]);
    const events = await db.select().from(outbox).where(eq(outbox.name, "shop/order.placed"));
    const placed = events.find((e) => e.payload.orderId === order.id);
    expect(placed?.payload).toMatchObject({
      orderNumber: order.number,
      email: details.email,
      totals: { subtotal: 27650, discount: 0, shipping: 0, tax: 1106, total: 28756 },
      bankTransfer: { reference: order.number, amount: 28756 },
      paymentMethod: "Bank transfer",
    });
    expect(String(placed?.payload.orderUrl)).toContain(`token=${order.accessToken}`);
  });

  it("makes a cash on delivery order ready to fulfil", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 2000, stock: 3 }] });
    const result = await reviewAndPlace(db, {
      lines: [{ variantId: variantIds[0]!, quantity: 1 }],
      details: shopperDetails({ paymentMethod: "cash_on_delivery" }),
    });
    expect(result).toMatchObject({ ok: true, order: { status: "placed", shippingAmount: 599 } });
  });

  it("refuses a line it cannot fill, with a message per line, and takes nothing", async () => {
    const { variantIds } = await insertProduct(db, {
      name: "Stove",
      variants: [
        { price: 5000, stock: 2 },
        { price: 700, stock: 0, title: "Fuel" },
      ],
    });
    const [stove, fuel] = variantIds as [number, number];
    const lines = [
      { variantId: stove, quantity: 1 },
      { variantId: fuel, quantity: 1 },
    ];
    const details = shopperDetails();
    const review = await quoteCheckout(db, { currency: "USD", lines, details });
    expect(review.issues).toEqual([
      { variantId: fuel, message: "Stove (Fuel) is out of stock. Please remove it from your cart." },
    ]);

    const result = await reviewAndPlace(db, {
      lines: [
        { variantId: stove, quantity: 3 },
        { variantId: fuel, quantity: 1 },
      ],
      details,
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "stock",
      lineErrors: {
        [stove]: "Only 2 of Stove left (you asked for 3). Please lower the quantity in your cart.",
        [fuel]: "Stove (Fuel) is out of stock. Please remove it from your cart.",
      },
    });
    expect(await stockOf(db, stove)).toBe(2);
  });

  it("refuses when a price changed after the review, and changes nothing", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 3000, stock: 4 }] });
    const lines = [{ variantId: variantIds[0]!, quantity: 1 }];
    const details = shopperDetails();
    const review = await quoteCheckout(db, { currency: "USD", lines, details });
    await db.update(productVariants).set({ priceAmount: 3500 }).where(eq(productVariants.id, variantIds[0]!));
    const result = await reviewAndPlace(db, { lines, details, expectedFingerprint: review.fingerprint });
    expect(result).toMatchObject({ ok: false, reason: "changed" });
    expect(await stockOf(db, variantIds[0]!)).toBe(4);
    expect(await db.$count(orders, eq(orders.email, details.email))).toBe(0);
  });

  it("gives one order for a double submit, sequential or concurrent", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1000, stock: 10 }] });
    const lines = [{ variantId: variantIds[0]!, quantity: 2 }];
    const details = shopperDetails();
    const same = { lines, details, ownerKey: "cart:double", attemptKey: "attempt-double-submit-1" };
    const [a, b, c] = await Promise.all([reviewAndPlace(db, same), reviewAndPlace(db, same), reviewAndPlace(db, same)]);
    const again = await reviewAndPlace(db, same);
    const ids = [a, b, c, again].map((r) => (r.ok ? r.order.id : null));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).not.toBeNull();
    expect([a, b, c, again].filter((r) => r.ok && r.created)).toHaveLength(1);
    expect(await stockOf(db, variantIds[0]!)).toBe(8);
    expect(await db.$count(orders, eq(orders.email, details.email))).toBe(1);
  });

  it("never finds another owner's order by its attempt key", async () => {
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1000, stock: 10 }] });
    const lines = [{ variantId: variantIds[0]!, quantity: 1 }];
    const first = await reviewAndPlace(db, {
      lines,
      details: shopperDetails(),
      ownerKey: "cart:one",
      attemptKey: "shared-attempt-key-123",
    });
    const second = await reviewAndPlace(db, {
      lines,
      details: shopperDetails(),
      ownerKey: "cart:two",
      attemptKey: "shared-attempt-key-123",
    });
    expect(first.ok && second.ok && first.order.id !== second.order.id).toBe(true);
  });

  it("sells exactly the stock there is when 50 shoppers race for 10 units", async () => {
    const { variantIds } = await insertProduct(db, { name: "Limited Tent", variants: [{ price: 25000, stock: 10 }] });
    const variantId = variantIds[0]!;
    const shoppers = Array.from({ length: 50 }, () => shopperDetails());
    const results = await Promise.all(
      shoppers.map((details) => reviewAndPlace(db, { lines: [{ variantId, quantity: 1 }], details })),
    );

    const placed = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused) {
      expect(r).toMatchObject({
        ok: false,
        reason: "stock",
        lineErrors: { [variantId]: expect.stringMatching(/out of stock|left/) },
      });
    }
    expect(await stockOf(db, variantId)).toBe(0);
    const sold = await db
      .select({ quantity: orderLines.quantity })
      .from(orderLines)
      .where(eq(orderLines.variantId, variantId));
    expect(sold.reduce((a, l) => a + l.quantity, 0)).toBe(10);
  });

  it("never takes stock below zero for the last unit, even with two lines racing", async () => {
    const { variantIds } = await insertProduct(db, {
      variants: [
        { price: 900, stock: 1 },
        { price: 800, stock: 5, title: "B" },
      ],
    });
    const [last, plenty] = variantIds as [number, number];
    // Opposite line orders in the two carts: locks are still taken in variant id order.
    const [x, y] = await Promise.all([
      reviewAndPlace(db, {
        lines: [
          { variantId: last, quantity: 1 },
          { variantId: plenty, quantity: 1 },
        ],
        details: shopperDetails(),
      }),
      reviewAndPlace(db, {
        lines: [
          { variantId: plenty, quantity: 1 },
          { variantId: last, quantity: 1 },
        ],
        details: shopperDetails(),
      }),
    ]);
    expect([x.ok, y.ok].filter(Boolean)).toHaveLength(1);
    expect(await stockOf(db, last)).toBe(0);
    expect(await stockOf(db, plenty)).toBe(4);
  });

  it("refuses an empty cart and a card payment when Stripe is not available", async () => {
    const details = shopperDetails({ paymentMethod: "stripe" });
    expect(
      await placeOrder(db, {
        attemptKey: "a".repeat(22),
        ownerKey: "cart:x",
        userId: null,
        currency: "USD",
        cartLines: [],
        details,
        expectedFingerprint: "",
        stripeAvailable: true,
      }),
    ).toMatchObject({
      ok: false,
      reason: "empty",
    });
    const { variantIds } = await insertProduct(db, { variants: [{ price: 900, stock: 1 }] });
    const result = await reviewAndPlace(db, {
      lines: [{ variantId: variantIds[0]!, quantity: 1 }],
      details,
      stripeAvailable: false,
    });
    expect(result).toMatchObject({ ok: false, reason: "payment_method" });
    expect(await stockOf(db, variantIds[0]!)).toBe(1);
    expect(await db.$count(orders, and(eq(orders.email, details.email)))).toBe(0);
  });
});
