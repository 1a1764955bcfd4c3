import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, dbHandle, selectRows } from "@/db";
import { categories, products, productVariants } from "@/db/schema";

describe("migrations", () => {
  it("create the catalog tables and the pg_trgm extension", async () => {
    const rows = await selectRows<{ extname: string }>(
      db,
      sql`select extname from pg_extension where extname = 'pg_trgm'`,
    );
    expect(rows.map((r) => r.extname)).toEqual(["pg_trgm"]);
    expect(await db.$count(categories)).toBe(0);
  });

  it("are safe to apply twice", async () => {
    await expect(dbHandle.migrate()).resolves.toBeUndefined();
  });

  it("refuse negative stock at the database level", async () => {
    const [product] = await db.insert(products).values({ slug: "p", name: "P", status: "active" }).returning();
    const insert = db.insert(productVariants).values({
      productId: product!.id,
      sku: "NEG-1",
      title: "Default",
      priceAmount: 100,
      currency: "USD",
      stock: -1,
    });
    await expect(insert).rejects.toThrow();
    expect(await db.$count(productVariants)).toBe(0);
  });
});
