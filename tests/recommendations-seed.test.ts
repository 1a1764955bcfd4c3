import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { categories, coPurchaseOrders, orders, products, productVariants } from "@/db/schema";
import { parseSeedArgs } from "@/db/seed/cli-args";
import { seedOrders } from "@/db/seed/orders";
import { evaluateHoldout } from "@/lib/recommendations/evaluate";

// The synthetic order history (`npm run db:seed -- --orders N`) and the hold-out evaluation
// (`npm run recommendations:eval`) that measures "frequently bought together" on it.

async function catalog() {
  for (const slug of ["tents", "sleeping-bags", "cookware", "coffee-tea"]) {
    const [category] = await db
      .insert(categories)
      .values({ slug, name: slug })
      .onConflictDoNothing()
      .returning({ id: categories.id });
    for (let i = 0; i < 6; i++) {
      const [product] = await db
        .insert(products)
        .values({
          slug: `${slug}-${i}-${randomBytes(2).toString("hex")}`,
          name: `${slug} ${i}`,
          brand: `B${i % 3}`,
          status: "active",
          categoryId: category!.id,
        })
        .returning({ id: products.id });
      await db.insert(productVariants).values({
        productId: product!.id,
        sku: `SKU-${randomBytes(4).toString("hex")}`,
        title: "Default",
        priceAmount: 1999 + i * 100,
        currency: "USD",
        stock: 100,
      });
    }
  }
}

describe("seed orders", () => {
  it("takes --orders N and refuses a bad count", () => {
    expect(parseSeedArgs(["--orders", "5000"])).toMatchObject({ orders: 5000, products: 0 });
    expect(parseSeedArgs(["--orders=12", "--products", "3"])).toEqual({ orders: 12, products: 3, help: false });
    expect(() => parseSeedArgs(["--orders", "0"])).toThrow(
      '--orders must be a whole number from 1 to 999,999, got "0"',
    );
    expect(() => parseSeedArgs(["--orders"])).toThrow("--orders needs a number");
  });

  it("adds paid orders with lines from repeat shoppers, counted into co-purchases, once", async () => {
    await catalog();
    const progress: number[] = [];
    expect(await seedOrders(db, 300, { onProgress: (done) => progress.push(done) })).toBe(300);
    expect(progress.at(-1)).toBe(300);
    expect(await seedOrders(db, 300)).toBe(0);
    expect(await db.$count(orders)).toBe(300);
    expect(await db.$count(coPurchaseOrders)).toBe(300);
    const [shape] = await db
      .execute<{ shoppers: number; statuses: string[]; multi: number }>(
        sql`
      SELECT count(DISTINCT user_id)::int AS shoppers, array_agg(DISTINCT status::text) AS statuses,
             (SELECT count(*)::int FROM (SELECT order_id FROM order_lines GROUP BY order_id HAVING count(*) > 1) m) AS multi
      FROM orders`,
      )
      .then((r) => ("rows" in r ? r.rows : r) as { shoppers: number; statuses: string[]; multi: number }[]);
    expect(shape!.shoppers).toBe(75);
    expect(shape!.statuses.sort()).toEqual(["delivered", "paid"]);
    expect(shape!.multi).toBeGreaterThan(100);

    const before = await db.execute(sql`SELECT sum(orders)::int AS n FROM co_purchases`);
    const report = await evaluateHoldout(db);
    expect(report).toMatchObject({ k: 4, shoppers: 75, heldOut: 75, trainingOrders: 225 });
    expect(report.together.queries).toBe(report.bestSellers.queries);
    expect(report.together.rate).toBeGreaterThan(report.bestSellers.rate);
    // The evaluation changed nothing.
    expect(await db.execute(sql`SELECT sum(orders)::int AS n FROM co_purchases`)).toEqual(before);
    expect(await db.$count(coPurchaseOrders)).toBe(300);
  });
});
