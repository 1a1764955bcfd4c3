import { eq } from "drizzle-orm";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { categories, products, productVariants } from "@/db/schema";
import { seedCatalog } from "@/db/seed";
import { createLogSender } from "@/lib/email/sender";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { enqueueEvent } from "@/lib/events/enqueue";
import { inProcessTransport } from "@/lib/outbox/transports";
import { allSearchDocuments } from "@/lib/search/documents";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchRequest } from "@/lib/search/types";
import { localDiskStorage } from "@/lib/storage";

// A catalog write emits catalog/product.changed through the outbox in its own transaction;
// the dispatcher runs the registry's reindex handler; the next search sees the change.

const mediaDir = mkdtempSync(path.join(tmpdir(), "search-indexing-"));
const engine = createPostgresEngine(db);
const dispatcher = createDispatcher({
  db,
  transport: inProcessTransport({ context: () => ({ db, email: createLogSender(() => {}) }) }),
  onError: (error) => {
    throw error;
  },
});
const search = (query: string, change: Partial<SearchRequest> = {}) =>
  engine.search({
    query,
    filters: { categories: [], brands: [], priceBuckets: [], inStock: false },
    sort: "relevance",
    page: 1,
    pageSize: 24,
    ...change,
  });

beforeAll(async () => {
  await seedCatalog(db, { storage: localDiskStorage(mediaDir) });
  await engine.rebuild((tx) => allSearchDocuments(tx ?? db));
}, 120_000);

afterAll(() => rmSync(mediaDir, { recursive: true, force: true }));

describe("search indexing through the outbox", () => {
  let productId: number;

  it("indexes a created product once its event is delivered", async () => {
    const [jackets] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, "jackets"));
    productId = await db.transaction(async (tx) => {
      const [product] = await tx
        .insert(products)
        .values({
          slug: "quokka-parka",
          name: "Quokka Parka",
          brand: "Kestrel Outdoor",
          status: "active",
          categoryId: jackets!.id,
        })
        .returning({ id: products.id });
      await tx
        .insert(productVariants)
        .values({ productId: product!.id, sku: "QP-1", title: "M", priceAmount: 18900, currency: "USD", stock: 4 });
      await enqueueEvent(tx, "catalog/product.changed", { productId: product!.id, change: "created" });
      return product!.id;
    });
    expect((await search("quokka")).total).toBe(0);
    const report = await dispatcher.drain();
    expect(report.delivered).toBe(1);
    const result = await search("quoka parka");
    expect(result.hits[0]).toMatchObject({ slug: "quokka-parka", inStock: true });
    expect(
      (
        await search("", { filters: { categories: ["apparel"], brands: [], priceBuckets: ["100-200"], inStock: true } })
      ).hits.map((h) => h.slug),
    ).toContain("quokka-parka");
  });

  it("sees a rename and a stock change in the next search", async () => {
    await db.transaction(async (tx) => {
      await tx.update(products).set({ name: "Wombat Parka" }).where(eq(products.id, productId));
      await tx.update(productVariants).set({ stock: 0 }).where(eq(productVariants.productId, productId));
      await enqueueEvent(tx, "catalog/product.changed", { productId, change: "updated" });
    });
    await dispatcher.drain();
    expect((await search("quokka")).total).toBe(0);
    expect((await search("wombat")).hits[0]).toMatchObject({ slug: "quokka-parka", inStock: false });
    expect(
      (await search("wombat", { filters: { categories: [], brands: [], priceBuckets: [], inStock: true } })).total,
    ).toBe(0);
  });

  it("drops a product that is archived or deleted", async () => {
    await db.transaction(async (tx) => {
      await tx.update(products).set({ status: "archived" }).where(eq(products.id, productId));
      await enqueueEvent(tx, "catalog/product.changed", { productId, change: "updated" });
    });
    await dispatcher.drain();
    expect((await search("wombat")).total).toBe(0);

    await db.transaction(async (tx) => {
      await tx.update(products).set({ status: "active" }).where(eq(products.id, productId));
      await enqueueEvent(tx, "catalog/product.changed", { productId, change: "updated" });
    });
    await dispatcher.drain();
    expect((await search("wombat")).total).toBe(1);

    await db.transaction(async (tx) => {
      await tx.delete(products).where(eq(products.id, productId));
      await enqueueEvent(tx, "catalog/product.changed", { productId, change: "deleted" });
    });
    await dispatcher.drain();
    expect((await search("wombat")).total).toBe(0);
  });
});
