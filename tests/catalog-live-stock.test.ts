import { eq } from "drizzle-orm";
import { beforeAll, expect, it, vi } from "vitest";
import { db } from "@/db";
import { products, productVariants } from "@/db/schema";
import { insertProduct } from "./helpers/checkout-fixtures";

// The product page's content comes from a cache that background jobs cannot invalidate
// (they run outside any request); its stock must still be what the database holds.
// unstable_cache is replaced by a cache that never expires, the worst case.
vi.mock("next/cache", () => {
  const store = new Map<string, unknown>();
  return {
    unstable_cache:
      <A extends unknown[], R>(fn: (...args: A) => Promise<R>, keys: string[] = []) =>
      async (...args: A) => {
        const key = JSON.stringify([keys, args]);
        if (!store.has(key)) store.set(key, await fn(...args));
        return store.get(key) as R;
      },
  };
});

const { getProductBySlug } = await import("@/lib/catalog");
let variantId: number;
let slug: string;

beforeAll(async () => {
  const { productId, variantIds } = await insertProduct(db, { name: "Storm Shell", variants: [{ price: 12900, stock: 0 }] });
  variantId = variantIds[0]!;
  slug = (await db.select({ slug: products.slug }).from(products).where(eq(products.id, productId)))[0]!.slug;
});

it("shows stock returned by a background job although the cached page content is older", async () => {
  const before = await getProductBySlug(slug);
  expect(before?.variants.map((v) => v.stock)).toEqual([0]);
  // What releasing an unpaid order's hold does, outside any request.
  await db.update(productVariants).set({ stock: 2 }).where(eq(productVariants.id, variantId));
  const after = await getProductBySlug(slug);
  expect(after?.name).toBe("Storm Shell");
  expect(after?.variants.map((v) => v.stock)).toEqual([2]);
});
