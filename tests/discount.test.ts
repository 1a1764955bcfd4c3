import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { discountRedemptions, discounts, orders } from "@/db/schema";
import { transitionOrder } from "@/lib/orders/transition";
import { insertDiscount, insertProduct, reviewAndPlace, shopperDetails, stockOf } from "./helpers/checkout-fixtures";

// Discount codes at checkout: the price they take off, and limits that hold when many
// shoppers use the same code at the same moment.

async function usedCount(id: number): Promise<number> {
  const [row] = await db.select({ used: discounts.usedCount }).from(discounts).where(eq(discounts.id, id));
  return row!.used;
}

describe("discount codes at checkout", () => {
  it("take a percentage off the goods, recorded on the order and its lines", async () => {
    const code = await insertDiscount(db, { kind: "percentage", percentBasisPoints: 1000, code: "TENOFF" });
    const { variantIds } = await insertProduct(db, { variants: [{ price: 5000, stock: 5 }] });
    const result = await reviewAndPlace(db, {
      lines: [{ variantId: variantIds[0]!, quantity: 2 }],
      details: shopperDetails({ discountCode: "tenoff" }),
    });
    expect(result).toMatchObject({
      ok: true,
      order: {
        subtotalAmount: 10000,
        discountAmount: 1000,
        discountCode: "TENOFF",
        discountId: code.id,
        shippingAmount: 0,
        taxAmount: 360,
      },
    });
    expect(await usedCount(code.id)).toBe(1);
  });

  it("refuse a fixed code under its minimum spend, an expired one and an unknown one", async () => {
    await insertDiscount(db, {
      kind: "fixed",
      amountOff: 500,
      currency: "USD",
      minSubtotal: 10000,
      code: "FIVEOVER100",
    });
    await insertDiscount(db, {
      kind: "percentage",
      percentBasisPoints: 500,
      endsAt: new Date(Date.now() - 1000),
      code: "OLDCODE",
    });
    const { variantIds } = await insertProduct(db, { variants: [{ price: 5000, stock: 5 }] });
    const lines = [{ variantId: variantIds[0]!, quantity: 1 }];
    expect(await reviewAndPlace(db, { lines, details: shopperDetails({ discountCode: "FIVEOVER100" }) })).toMatchObject(
      {
        ok: false,
        reason: "discount",
        message: "Spend at least $100.00 to use this discount code.",
      },
    );
    expect(await reviewAndPlace(db, { lines, details: shopperDetails({ discountCode: "OLDCODE" }) })).toMatchObject({
      message: "This discount code has expired.",
    });
    expect(await reviewAndPlace(db, { lines, details: shopperDetails({ discountCode: "NOSUCH" }) })).toMatchObject({
      message: "This discount code is not valid.",
    });
    expect(await stockOf(db, variantIds[0]!)).toBe(5);
  });

  it("with a usage limit of 1, redeem once when 10 shoppers use it at the same moment", async () => {
    const code = await insertDiscount(db, { kind: "percentage", percentBasisPoints: 2000, usageLimit: 1 });
    const { variantIds } = await insertProduct(db, { variants: [{ price: 4000, stock: 50 }] });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        reviewAndPlace(db, {
          lines: [{ variantId: variantIds[0]!, quantity: 1 }],
          details: shopperDetails({ discountCode: code.code }),
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({
        ok: false,
        reason: "discount",
        message: "This discount code has been fully redeemed.",
      });
    }
    expect(await usedCount(code.id)).toBe(1);
    expect(await db.$count(discountRedemptions, eq(discountRedemptions.discountId, code.id))).toBe(1);
    // The refused checkouts took no stock.
    expect(await stockOf(db, variantIds[0]!)).toBe(49);
  });

  it("with a per-customer limit, one customer gets it once however they race, others still can", async () => {
    const code = await insertDiscount(db, { kind: "fixed", amountOff: 1000, currency: "USD", perCustomerLimit: 1 });
    const { variantIds } = await insertProduct(db, { variants: [{ price: 4000, stock: 50 }] });
    const lines = [{ variantId: variantIds[0]!, quantity: 1 }];
    const me = shopperDetails({ discountCode: code.code });
    const mine = await Promise.all(Array.from({ length: 5 }, () => reviewAndPlace(db, { lines, details: { ...me } })));
    expect(mine.filter((r) => r.ok)).toHaveLength(1);
    for (const refused of mine.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ reason: "discount", message: "You have already used this discount code." });
    }
    const again = await reviewAndPlace(db, { lines, details: { ...me, email: me.email.toUpperCase().toLowerCase() } });
    expect(again).toMatchObject({ ok: false, message: "You have already used this discount code." });
    expect(await reviewAndPlace(db, { lines, details: shopperDetails({ discountCode: code.code }) })).toMatchObject({
      ok: true,
    });
    expect(await usedCount(code.id)).toBe(2);
  });

  it("give the use back when the order is cancelled, exactly once", async () => {
    const code = await insertDiscount(db, { kind: "percentage", percentBasisPoints: 1000, usageLimit: 1 });
    const { variantIds } = await insertProduct(db, { variants: [{ price: 4000, stock: 5 }] });
    const placed = await reviewAndPlace(db, {
      lines: [{ variantId: variantIds[0]!, quantity: 1 }],
      details: shopperDetails({ discountCode: code.code }),
    });
    if (!placed.ok) throw new Error(placed.message);
    expect(await usedCount(code.id)).toBe(1);
    const staff = { actor: { kind: "staff" as const, id: "staff-1" } };
    expect(await transitionOrder(db, placed.order.id, "cancel", staff)).toMatchObject({ ok: true });
    expect(await transitionOrder(db, placed.order.id, "cancel", staff)).toMatchObject({ ok: false });
    expect(await usedCount(code.id)).toBe(0);
    const [order] = await db.select().from(orders).where(eq(orders.id, placed.order.id));
    expect(order).toMatchObject({ status: "cancelled", discountCode: code.code, discountAmount: 400 });
    // The code is free again for someone else.
    expect(
      await reviewAndPlace(db, {
        lines: [{ variantId: variantIds[0]!, quantity: 1 }],
        details: shopperDetails({ discountCode: code.code }),
      }),
    ).toMatchObject({
      ok: true,
    });
  });
});
