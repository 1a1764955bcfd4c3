import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { categories, coPurchaseOrders, coPurchases, outbox, products, productVariants, users } from "@/db/schema";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { countOrderCoPurchases } from "@/lib/outbox/handlers/recommendations";
import { inProcessTransport } from "@/lib/outbox/transports";
import { transitionOrder } from "@/lib/orders/transition";
import {
  queryCartSuggestions,
  queryFrequentlyBoughtTogether,
  queryPicksForShopper,
  querySimilar,
} from "@/lib/recommendations";
import { reindexProduct } from "@/lib/search";
import { reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";
import { fakeResendForFile } from "./helpers/fake-resend-suite";
import { registryWith, resetOutbox } from "./helpers/outbox";

// Recommendations against a real database: co-purchases learnt from paid orders through the
// outbox (once per order), and the lists never offering what cannot be bought.

const mail = fakeResendForFile();
const staff = { kind: "staff" as const, id: "staff-recs" };
const tag = () => randomBytes(3).toString("hex");

type Item = { id: number; variantId: number; slug: string };

async function category(name: string): Promise<number> {
  const [row] = await db
    .insert(categories)
    .values({ slug: `${name.toLowerCase()}-${tag()}`, name })
    .returning({ id: categories.id });
  return row!.id;
}

async function product(
  categoryId: number,
  name: string,
  options: { stock?: number; status?: "active" | "draft"; brand?: string } = {},
): Promise<Item> {
  const slug = `${name.toLowerCase().replace(/\W+/g, "-")}-${tag()}`;
  const [row] = await db
    .insert(products)
    .values({ slug, name, brand: options.brand ?? "", categoryId, status: options.status ?? "active" })
    .returning({ id: products.id });
  const [variant] = await db
    .insert(productVariants)
    .values({
      productId: row!.id,
      sku: `SKU-${tag()}`,
      title: "Default",
      priceAmount: 1000,
      currency: "USD",
      stock: options.stock ?? 50,
    })
    .returning({ id: productVariants.id });
  return { id: row!.id, variantId: variant!.id, slug };
}

async function paidOrder(items: Item[], userId: string | null = null): Promise<number> {
  const placed = await reviewAndPlace(db, {
    lines: items.map((i) => ({ variantId: i.variantId, quantity: 1 })),
    details: shopperDetails(),
    userId,
  });
  if (!placed.ok) throw new Error(placed.message);
  const paid = await transitionOrder(db, placed.order.id, "mark_paid", { actor: staff });
  if (!paid.ok) throw new Error(paid.message);
  return placed.order.id;
}

const deliverPaidEvents = () =>
  createDispatcher({
    db,
    transport: inProcessTransport({
      context: () => ({ db, email: mail.sender }),
      registry: registryWith({ "shop/order.paid": [countOrderCoPurchases] }),
    }),
    backoff: () => 0,
  }).drain();

async function pairs(productId: number) {
  const rows = await db
    .select({ other: coPurchases.otherProductId, orders: coPurchases.orders })
    .from(coPurchases)
    .where(eq(coPurchases.productId, productId));
  return Object.fromEntries(rows.map((r) => [r.other, r.orders]));
}

const ids = (cards: { id: number }[]) => cards.map((c) => c.id);

beforeEach(async () => {
  await resetOutbox();
  await db.execute(sql`truncate co_purchases, co_purchase_orders`);
});

describe("co-purchases from paid orders", () => {
  it("counts every pair of a batch of paid orders, both ways, and a duplicate delivery once", async () => {
    const gear = await category("Gear");
    const [tent, mat, stove, lamp] = await Promise.all(["Tent", "Mat", "Stove", "Lamp"].map((n) => product(gear, n)));
    const first = await paidOrder([tent!, mat!, stove!]);
    await paidOrder([tent!, mat!]);
    await paidOrder([stove!, lamp!]);
    // Placed but never paid: not counted.
    const unpaid = await reviewAndPlace(db, {
      lines: [
        { variantId: tent!.variantId, quantity: 1 },
        { variantId: lamp!.variantId, quantity: 1 },
      ],
      details: shopperDetails(),
    });
    expect(unpaid.ok).toBe(true);

    expect(await deliverPaidEvents()).toMatchObject({ failed: 0 });
    expect(await pairs(tent!.id)).toEqual({ [mat!.id]: 2, [stove!.id]: 1 });
    expect(await pairs(mat!.id)).toEqual({ [tent!.id]: 2, [stove!.id]: 1 });
    expect(await pairs(stove!.id)).toEqual({ [tent!.id]: 1, [mat!.id]: 1, [lamp!.id]: 1 });
    expect(await pairs(lamp!.id)).toEqual({ [stove!.id]: 1 });
    expect(await db.$count(coPurchaseOrders)).toBe(3);

    // The same order delivered again (a second event, a retry after a lost acknowledgement).
    const [paidEvent] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.name, "shop/order.paid"), sql`(${outbox.payload}->>'orderId')::int = ${first}`));
    const event = { id: `dup-${tag()}`, name: "shop/order.paid" as const, data: paidEvent!.payload as never };
    const context = { db, email: mail.sender };
    expect(await countOrderCoPurchases.run(event, context)).toEqual({ counted: false });
    await Promise.all([countOrderCoPurchases.run(event, context), countOrderCoPurchases.run(event, context)]);
    expect(await pairs(tent!.id)).toEqual({ [mat!.id]: 2, [stove!.id]: 1 });
    expect(await db.$count(coPurchaseOrders)).toBe(3);
  });
});

describe("frequently bought together", () => {
  it("ranks by orders together and never shows out-of-stock, unpublished or the product itself", async () => {
    const gear = await category("Camp");
    const tent = await product(gear, "Ridge Tent");
    const pegs = await product(gear, "Tent Pegs");
    const soldOut = await product(gear, "Groundsheet", { stock: 0 });
    const draft = await product(gear, "Footprint", { status: "draft" });
    const lamp = await product(gear, "Lamp");
    for (let i = 0; i < 3; i++) await paidOrder([tent, pegs]);
    await paidOrder([tent, lamp]);
    await db.update(products).set({ status: "active" }).where(eq(products.id, draft.id));
    await paidOrder([tent, draft, pegs]);
    // Now out of stock and unpublished: bought with the tent, but never offered.
    await db.update(products).set({ status: "draft" }).where(eq(products.id, draft.id));
    await db.execute(sql`update product_variants set stock = 5 where id = ${soldOut.variantId}`);
    await paidOrder([tent, soldOut]);
    await db.execute(sql`update product_variants set stock = 0 where id = ${soldOut.variantId}`);
    await deliverPaidEvents();
    expect(await pairs(tent.id)).toMatchObject({ [pegs.id]: 4, [lamp.id]: 1, [draft.id]: 1, [soldOut.id]: 1 });

    const together = ids(await queryFrequentlyBoughtTogether(db, tent.id, 4));
    expect(together.slice(0, 2)).toEqual([pegs.id, lamp.id]);
    expect(together).not.toContain(tent.id);
    expect(together).not.toContain(soldOut.id);
    expect(together).not.toContain(draft.id);
  });

  it("falls back to the best sellers of the same category when nothing was bought with it", async () => {
    const bags = await category("Bags");
    const other = await category("Other");
    const fresh = await product(bags, "New Daypack");
    const popular = await product(bags, "Best Duffel");
    const second = await product(bags, "Tote");
    const outOfStock = await product(bags, "Sold Out Sling", { stock: 0 });
    const elsewhere = await product(other, "Kettle");
    await paidOrder([popular]);
    await paidOrder([popular, elsewhere]);
    await paidOrder([second]);
    await paidOrder([elsewhere]);
    await paidOrder([elsewhere]);
    await deliverPaidEvents();

    const cards = await queryFrequentlyBoughtTogether(db, fresh.id, 4);
    expect(ids(cards)).toEqual([popular.id, second.id]);
    expect(ids(cards)).not.toContain(outOfStock.id);

    // Topped up: one product bought with it, then the category's best seller.
    await paidOrder([fresh, second]);
    await deliverPaidEvents();
    expect(ids(await queryFrequentlyBoughtTogether(db, fresh.id, 2))).toEqual([second.id, popular.id]);
  });
});

describe("you may also like (cart)", () => {
  it("suggests what was bought with the cart's products, then best sellers, never what is in the cart", async () => {
    const kitchen = await category("Kitchen");
    const pan = await product(kitchen, "Pan");
    const lid = await product(kitchen, "Lid");
    const spatula = await product(kitchen, "Spatula");
    const kettle = await product(kitchen, "Kettle");
    const mug = await product(kitchen, "Mug", { stock: 0 });
    await paidOrder([pan, lid]);
    await paidOrder([pan, lid, spatula]);
    await paidOrder([pan, spatula]);
    await paidOrder([lid, kettle]);
    await db.execute(sql`update product_variants set stock = 3 where id = ${mug.variantId}`);
    await paidOrder([pan, mug]);
    await db.execute(sql`update product_variants set stock = 0 where id = ${mug.variantId}`);
    await deliverPaidEvents();

    const cart = [pan.variantId, lid.variantId];
    const suggested = ids(await queryCartSuggestions(db, cart, 4));
    expect(suggested[0]).toBe(spatula.id); // with both: 3 orders
    expect(suggested[1]).toBe(kettle.id);
    expect(suggested).not.toContain(pan.id);
    expect(suggested).not.toContain(lid.id);
    expect(suggested).not.toContain(mug.id);
    // An empty cart gets best sellers.
    expect(ids(await queryCartSuggestions(db, [], 2))[0]).toBe(pan.id);
  });
});

describe("similar products and personal picks", () => {
  it("ranks the same category's products by shared words and options, in stock and published only", async () => {
    const shoes = await category("Shoes");
    const hats = await category("Hats");
    const runner = await product(shoes, "Trail Runner Waterproof", { brand: "Stride" });
    const twin = await product(shoes, "Trail Runner Lite", { brand: "Stride" });
    const boot = await product(shoes, "Leather Dress Boot", { brand: "Oxford" });
    const soldOut = await product(shoes, "Trail Runner Waterproof II", { brand: "Stride", stock: 0 });
    const hat = await product(hats, "Trail Runner Cap", { brand: "Stride" });
    for (const p of [runner, twin, boot, soldOut, hat]) await reindexProduct(db, p.id);

    const similar = ids(await querySimilar(db, runner.id, 4));
    expect(similar).toEqual([twin.id, boot.id]);
  });

  it("picks from the categories and brands a shopper buys, leaving out what they bought", async () => {
    const [user] = await db
      .insert(users)
      .values({ email: `picks-${tag()}@example.com` })
      .returning({ id: users.id });
    const coffee = await category("Coffee");
    const tools = await category("Tools");
    const beans = await product(coffee, "Beans", { brand: "Roast Co" });
    const grinder = await product(coffee, "Grinder", { brand: "Roast Co" });
    const filter = await product(tools, "Filter Papers", { brand: "Roast Co" });
    const hammer = await product(tools, "Hammer", { brand: "Forge" });
    expect(await queryPicksForShopper(db, user!.id, 4)).toEqual([]);

    await paidOrder([beans], user!.id);
    const picks = ids(await queryPicksForShopper(db, user!.id, 4));
    expect(picks.slice(0, 1)).toEqual([grinder.id]); // its category and its brand
    expect(picks).toContain(filter.id); // its brand
    expect(picks).not.toContain(beans.id);
    expect(picks).not.toContain(hammer.id);
  });
});
