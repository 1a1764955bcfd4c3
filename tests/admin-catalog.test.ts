import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db, selectRows } from "@/db";
import { auditLog, categories, orderLines, outbox, products, productVariants, stockAdjustments } from "@/db/schema";
import { queryCategoryTrail } from "@/lib/catalog/categories";
import { queryProductBySlug } from "@/lib/catalog/product-detail";
import { queryProducts } from "@/lib/catalog/product-listing";
import { insertCatalogFixture } from "./catalog-fixture";
import { createUser, form, signInAs } from "./admin-helpers";
import { tagProbe } from "./helpers/expired-tags";
import { insertOrder } from "./helpers/order-rows";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

const { saveProductAction, setProductStatusAction, deleteProductAction } = await import("@/app/admin/products/actions");
const { moveCategoryAction, deleteCategoryAction, createCategoryAction, reorderCategoryAction, renameCategoryAction } =
  await import("@/app/admin/categories/actions");
const { adjustStockAction } = await import("@/app/admin/stock/actions");

let staff: Awaited<ReturnType<typeof createUser>>;
const tags = tagProbe();
const catId = async (slug: string) => (await db.select().from(categories).where(eq(categories.slug, slug)))[0]!.id;

beforeAll(async () => {
  await insertCatalogFixture(db);
  staff = await createUser("staff");
});
beforeEach(() => {
  signInAs(staff);
  tags.reset();
});

const productForm = (overrides: Record<string, string | string[]> = {}) =>
  form({
    name: "Trail Lantern",
    slug: "",
    brand: "Northwind",
    description: "Bright.",
    status: "active",
    categoryId: "",
    specName: ["Weight", "Battery"],
    specValue: ["200 g", "AA"],
    variantId: [""],
    variantSku: ["TRAIL-LANTERN-1"],
    variantTitle: [""],
    variantOptions: ["Colour=Red"],
    variantPrice: ["24.50"],
    variantCompareAt: ["29.99"],
    variantStock: ["7"],
    ...overrides,
  });

describe("products", () => {
  it("create writes the product, an audit row and an outbox event, and refreshes the storefront", async () => {
    const tents = await catId("tents");
    const result = await saveProductAction(null, productForm({ categoryId: String(tents) }));
    expect(result).toMatchObject({ ok: true, data: { created: true } });
    const id = result.ok ? result.data.id : 0;
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.productId, id));
    expect(variant).toMatchObject({
      sku: "TRAIL-LANTERN-1",
      priceAmount: 2450,
      compareAtAmount: 2999,
      stock: 7,
      options: { Colour: "Red" },
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "product"), eq(auditLog.entityId, String(id))));
    expect(audit).toMatchObject({ action: "product.create", actorId: staff.id, before: null });
    expect(audit!.after).toMatchObject({
      slug: "trail-lantern",
      specifications: [
        { name: "Weight", value: "200 g" },
        { name: "Battery", value: "AA" },
      ],
    });
    const events = await db.select().from(outbox).where(eq(outbox.name, "catalog/product.changed"));
    expect(events.some((e) => (e.payload as { productId: number }).productId === id)).toBe(true);
    // The storefront's cached pages that show it render again: exactly those.
    await tags.expectExpired(["products", "product:trail-lantern", "categories", "category:tents"], {
      notAmong: ["product:camp-stove", "category:kitchen"],
    });
    // What the storefront reads (uncached queries behind the tags) shows it in its category.
    expect((await queryProductBySlug(db, "trail-lantern"))?.name).toBe("Trail Lantern");
    const listing = await queryProducts(db, { categorySlug: "tents" });
    expect(JSON.stringify(listing)).toContain("trail-lantern");
  });

  it("edit keeps an audit before/after and records a stock change in the history", async () => {
    const [product] = await db.select().from(products).where(eq(products.slug, "trail-lantern"));
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.productId, product!.id));
    const result = await saveProductAction(
      productForm({
        id: String(product!.id),
        name: "Trail Lantern XL",
        slug: "trail-lantern-xl",
        variantId: [String(variant!.id)],
        variantStock: ["3"],
        variantStockLoaded: ["7"],
      }),
    );
    expect(result.ok).toBe(true);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "product.update"), eq(auditLog.entityId, String(product!.id))));
    expect(audits[0]!.before).toMatchObject({ name: "Trail Lantern" });
    expect(audits[0]!.after).toMatchObject({ name: "Trail Lantern XL" });
    const history = await db.select().from(stockAdjustments).where(eq(stockAdjustments.variantId, variant!.id));
    expect(history.map((h) => h.delta)).toContain(-4);
    // Both the old and the new product URL are refreshed.
    await tags.expectExpired(["products", "product:trail-lantern", "product:trail-lantern-xl"], {
      notAmong: ["product:camp-stove"],
    });
    expect(await queryProductBySlug(db, "trail-lantern")).toBeNull();
  });

  it("returns field errors for bad prices, a taken slug and a duplicate SKU", async () => {
    const bad = await saveProductAction(productForm({ variantPrice: ["abc"], variantSku: ["NEW-1"] }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { "variantPrice.0": expect.any(Array) } });
    const taken = await saveProductAction(productForm({ slug: "ridge-tent", variantSku: ["NEW-2"] }));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: ["Another product uses this slug."] } });
    const sku = await saveProductAction(productForm({ slug: "new-thing", variantSku: ["TENT-3P"] }));
    expect(sku).toMatchObject({ ok: false, fieldErrors: { variants: expect.any(Array) } });
    expect(await db.select().from(products).where(eq(products.slug, "new-thing"))).toHaveLength(0);
  });

  it("publishes and unpublishes", async () => {
    const [product] = await db.select().from(products).where(eq(products.slug, "trail-lantern-xl"));
    expect(await setProductStatusAction({ id: product!.id, status: "draft" })).toMatchObject({ ok: true });
    expect(await queryProductBySlug(db, "trail-lantern-xl")).toBeNull();
    expect(await setProductStatusAction({ id: product!.id, status: "active" })).toMatchObject({ ok: true });
    expect(await queryProductBySlug(db, "trail-lantern-xl")).not.toBeNull();
  });

  it("archives a product that has orders instead of deleting it, and deletes one that has none", async () => {
    const [tent] = await db.select().from(products).where(eq(products.slug, "ridge-tent"));
    await insertOrder(db, {
      email: "a@example.com",
      customerName: "A",
      status: "paid",
      lines: [{ productId: tent!.id, name: "Ridge Tent", title: "2P", sku: "TENT-2P", unitPrice: 20000 }],
    });
    expect(await deleteProductAction({ id: tent!.id })).toMatchObject({ ok: true, data: { deleted: false } });
    expect((await db.select().from(products).where(eq(products.id, tent!.id)))[0]?.status).toBe("archived");

    const [lantern] = await db.select().from(products).where(eq(products.slug, "trail-lantern-xl"));
    expect(await deleteProductAction({ id: lantern!.id })).toMatchObject({ ok: true, data: { deleted: true } });
    expect(await db.select().from(products).where(eq(products.id, lantern!.id))).toHaveLength(0);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "product.delete"), eq(auditLog.entityId, String(lantern!.id))));
    expect(audit?.before).toMatchObject({ slug: "trail-lantern-xl" });
  });
});

describe("stock on the product form", () => {
  const variantOf = async (sku: string) =>
    (await db.select().from(productVariants).where(eq(productVariants.sku, sku)))[0]!;

  it("applies only the typed change, so units sold since the page loaded are not put back", async () => {
    const created = await saveProductAction(
      productForm({
        name: "Stock Lantern",
        slug: "stock-lantern",
        variantSku: ["STOCK-L-1"],
        variantCompareAt: [""],
        variantStock: ["10"],
      }),
    );
    const id = created.ok ? created.data.id : 0;
    const loaded = await variantOf("STOCK-L-1");
    // The form shows 10; meanwhile a checkout takes 3.
    await db.update(productVariants).set({ stock: 7 }).where(eq(productVariants.id, loaded.id));
    const edit = (stock: string, extra: Record<string, string | string[]> = {}) =>
      saveProductAction(
        productForm({
          id: String(id),
          name: "Stock Lantern",
          slug: "stock-lantern",
          variantId: [String(loaded.id)],
          variantSku: ["STOCK-L-1"],
          variantCompareAt: [""],
          variantStock: [stock],
          variantStockLoaded: ["10"],
          ...extra,
        }),
      );

    // A typo fix that leaves the stock field alone keeps the sale.
    expect(await edit("10", { description: "Brighter." })).toMatchObject({ ok: true });
    expect((await variantOf("STOCK-L-1")).stock).toBe(7);
    // Typing 15 (five more than shown) adds five to what is there now.
    expect(await edit("15")).toMatchObject({ ok: true });
    expect((await variantOf("STOCK-L-1")).stock).toBe(12);
    const history = await db
      .select()
      .from(stockAdjustments)
      .where(eq(stockAdjustments.variantId, loaded.id))
      .orderBy(stockAdjustments.id);
    expect(history.map((h) => [h.delta, h.stockAfter, h.reason])).toEqual([
      [10, 10, "Initial stock"],
      [5, 12, "Edited on the product form"],
    ]);
  });

  it("a product form posted twice (double click, retry) changes the stock once", async () => {
    const loaded = await variantOf("STOCK-L-1");
    const [product] = await db.select().from(products).where(eq(products.slug, "stock-lantern"));
    // The page showed 12; staff typed 14 and the form went off twice, maybe at once.
    const post = () =>
      saveProductAction(
        productForm({
          id: String(product!.id),
          name: "Stock Lantern",
          slug: "stock-lantern",
          variantId: [String(loaded.id)],
          variantSku: ["STOCK-L-1"],
          variantCompareAt: [""],
          variantStock: ["14"],
          variantStockLoaded: ["12"],
          formKey: "product-form-twice",
        }),
      );
    const results = await Promise.all([post(), post()]);
    expect(results.some((r) => r.ok)).toBe(true);
    for (const r of results) if (!r.ok) expect(r.formError).toMatch(/just saved/);
    expect(await post()).toMatchObject({ ok: true });
    expect((await variantOf("STOCK-L-1")).stock).toBe(14);
    await db.update(productVariants).set({ stock: 12 }).where(eq(productVariants.id, loaded.id));
  });

  it("refuses a change that would take the stock below 0, with the stock field's error", async () => {
    const loaded = await variantOf("STOCK-L-1");
    const [product] = await db.select().from(products).where(eq(products.slug, "stock-lantern"));
    await db.update(productVariants).set({ stock: 2 }).where(eq(productVariants.id, loaded.id));
    // The page showed 12 and staff typed 4 (remove 8), but only 2 are left.
    const result = await saveProductAction(
      productForm({
        id: String(product!.id),
        name: "Stock Lantern",
        slug: "stock-lantern",
        variantId: [String(loaded.id)],
        variantSku: ["STOCK-L-1"],
        variantCompareAt: [""],
        variantStock: ["4"],
        variantStockLoaded: ["12"],
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { "variantStock.0": [expect.stringMatching(/Only 2 in stock/)] },
    });
    expect((await variantOf("STOCK-L-1")).stock).toBe(2);
  });

  it("refuses an edit posted without the stock as loaded instead of guessing", async () => {
    const loaded = await variantOf("STOCK-L-1");
    const [product] = await db.select().from(products).where(eq(products.slug, "stock-lantern"));
    const result = await saveProductAction(
      productForm({
        id: String(product!.id),
        name: "Stock Lantern",
        slug: "stock-lantern",
        variantId: [String(loaded.id)],
        variantSku: ["STOCK-L-1"],
        variantCompareAt: [""],
        variantStock: ["50"],
      }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { "variantStock.0": expect.any(Array) } });
    expect((await variantOf("STOCK-L-1")).stock).toBe(2);
  });

  it("gives a variant added on the form the stock as entered", async () => {
    const loaded = await variantOf("STOCK-L-1");
    const [product] = await db.select().from(products).where(eq(products.slug, "stock-lantern"));
    const result = await saveProductAction(
      productForm({
        id: String(product!.id),
        name: "Stock Lantern",
        slug: "stock-lantern",
        variantId: [String(loaded.id), ""],
        variantSku: ["STOCK-L-1", "STOCK-L-2"],
        variantTitle: ["", ""],
        variantOptions: ["Colour=Red", "Colour=Blue"],
        variantPrice: ["24.50", "24.50"],
        variantCompareAt: ["", ""],
        variantStock: ["2", "6"],
        variantStockLoaded: ["2", ""],
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect([(await variantOf("STOCK-L-1")).stock, (await variantOf("STOCK-L-2")).stock]).toEqual([2, 6]);
  });
});

describe("removing a variant on the product form", () => {
  it("is refused for a variant that has been ordered, and works for one that has not", async () => {
    const created = await saveProductAction(
      productForm({
        name: "Order Lantern",
        slug: "order-lantern",
        variantId: ["", ""],
        variantSku: ["ORD-L-1", "ORD-L-2"],
        variantTitle: ["", ""],
        variantOptions: ["Colour=Red", "Colour=Blue"],
        variantPrice: ["24.50", "24.50"],
        variantCompareAt: ["", ""],
        variantStock: ["5", "5"],
      }),
    );
    const id = created.ok ? created.data.id : 0;
    const [ordered, unordered] = await db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, id))
      .orderBy(productVariants.position);
    const order = await insertOrder(db, {
      email: "b@example.com",
      customerName: "B",
      status: "paid",
      lines: [
        { productId: id, variantId: ordered!.id, name: "Order Lantern", title: "Red", sku: "ORD-L-1", unitPrice: 2450 },
      ],
    });
    const keepOnly = (v: typeof ordered) =>
      saveProductAction(
        productForm({
          id: String(id),
          name: "Order Lantern",
          slug: "order-lantern",
          variantId: [String(v!.id)],
          variantSku: [v!.sku],
          variantOptions: [v!.title === "Red" ? "Colour=Red" : "Colour=Blue"],
          variantCompareAt: [""],
          variantStock: ["5"],
          variantStockLoaded: ["5"],
        }),
      );

    expect(await keepOnly(unordered)).toMatchObject({
      ok: false,
      fieldErrors: { variants: [expect.stringMatching(/ORD-L-1 has been ordered.*stock to 0 or archive/)] },
    });
    expect(await db.select().from(productVariants).where(eq(productVariants.id, ordered!.id))).toHaveLength(1);
    expect((await db.select().from(orderLines).where(eq(orderLines.orderId, order.id)))[0]?.variantId).toBe(
      ordered!.id,
    );

    expect(await keepOnly(ordered)).toMatchObject({ ok: true });
    expect(
      (await db.select().from(productVariants).where(eq(productVariants.productId, id))).map((v) => v.sku),
    ).toEqual(["ORD-L-1"]);
  });
});

describe("out-of-range numbers", () => {
  it("the product form refuses a price or stock too big for the store, with field errors, and writes nothing", async () => {
    const result = await saveProductAction(
      productForm({
        slug: "huge-lantern",
        variantSku: ["HUGE-1"],
        variantPrice: ["99999999999"],
        variantCompareAt: ["999999999999"],
        variantStock: ["99999999999"],
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "variantPrice.0": ["Enter an amount of at most 10000000.00."],
        "variantCompareAt.0": ["Enter an amount of at most 10000000.00."],
        "variantStock.0": ["Enter a whole number from 0 to 1,000,000."],
      },
    });
    expect(await db.select().from(products).where(eq(products.slug, "huge-lantern"))).toHaveLength(0);
    // The largest allowed values save.
    expect(
      await saveProductAction(
        productForm({
          slug: "huge-lantern",
          variantSku: ["HUGE-1"],
          variantPrice: ["10000000.00"],
          variantCompareAt: [""],
          variantStock: ["1000000"],
        }),
      ),
    ).toMatchObject({ ok: true });
  });

  it("a stock change of 99999999999 is refused with a field error", async () => {
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.sku, "HUGE-1"));
    expect(
      await adjustStockAction(
        form({ variantId: String(variant!.id), delta: "99999999999", reason: "Typo", formKey: "form-key-typo" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { delta: ["Enter a change between -1,000,000 and 1,000,000."] } });
    // Within the range for one change, but above what a variant may hold.
    expect(
      await adjustStockAction({ variantId: variant!.id, delta: 5, reason: "Delivery", formKey: "form-key-huge" }),
    ).toMatchObject({ ok: false, formError: "Stock cannot go above 1,000,000." });
    expect((await db.select().from(productVariants).where(eq(productVariants.id, variant!.id)))[0]?.stock).toBe(
      1_000_000,
    );
  });
});

describe("categories", () => {
  it("refuses to move a category under itself or a descendant", async () => {
    const outdoor = await catId("outdoor");
    expect(await moveCategoryAction({ id: outdoor, parentId: await catId("tents") })).toMatchObject({
      ok: false,
      fieldErrors: { parentId: expect.any(Array) },
    });
    expect(await moveCategoryAction({ id: outdoor, parentId: outdoor })).toMatchObject({ ok: false });
    expect((await db.select().from(categories).where(eq(categories.id, outdoor)))[0]?.parentId).toBeNull();
    // A legal move works.
    expect(await moveCategoryAction({ id: await catId("kitchen"), parentId: "" })).toMatchObject({ ok: true });
    expect((await db.select().from(categories).where(eq(categories.slug, "kitchen")))[0]?.parentId).toBeNull();
  });

  it("re-indexes the products of a renamed category and its subcategories", async () => {
    const before = (await db.select().from(outbox).where(eq(outbox.name, "catalog/product.changed"))).length;
    expect(
      await renameCategoryAction({ id: await catId("camping"), name: "Camping gear", slug: "camping" }),
    ).toMatchObject({ ok: true });
    const events = await db.select().from(outbox).where(eq(outbox.name, "catalog/product.changed"));
    // camping holds camp-stove; its subcategory tents holds the rest of the tents.
    const slugs = events.slice(before).map((e) => (e.payload as { slug?: string }).slug);
    expect(slugs).toEqual(expect.arrayContaining(["camp-stove", "ridge-tent"]));
  });

  it("creates, reorders and deletes only when empty", async () => {
    const created = await createCategoryAction(
      form({ name: "Lights & Lamps", parentId: String(await catId("outdoor")) }),
    );
    expect(created).toMatchObject({ ok: true });
    const [row] = await db.select().from(categories).where(eq(categories.slug, "lights-and-lamps"));
    expect(await reorderCategoryAction({ id: row!.id, direction: "up" })).toMatchObject({ ok: true });
    expect(await deleteCategoryAction({ id: await catId("tents") })).toMatchObject({
      ok: false,
      formError: "Move its products to another category first.",
    });
    expect(await deleteCategoryAction({ id: await catId("outdoor") })).toMatchObject({ ok: false });
    expect(await deleteCategoryAction({ id: row!.id })).toMatchObject({ ok: true });
    await tags.expectExpired(["categories"], { notAmong: ["products"] });
  });
});

describe("category cycles", () => {
  it("two concurrent moves (A under B, B under A) cannot both succeed and make a cycle", async () => {
    // Several pairs at once: without a lock each move's check passes on its own.
    const pairs = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const a = await createCategoryAction({ name: `Race A${i}`, parentId: "" });
        const b = await createCategoryAction({ name: `Race B${i}`, parentId: "" });
        return [a.ok ? a.data.id : 0, b.ok ? b.data.id : 0] as const;
      }),
    );
    const results = await Promise.all(
      pairs.flatMap(([a, b]) => [
        moveCategoryAction({ id: a, parentId: b }),
        moveCategoryAction({ id: b, parentId: a }),
      ]),
    );
    for (const [i, [a, b]] of pairs.entries()) {
      expect(results.slice(i * 2, i * 2 + 2).filter((r) => r.ok)).toHaveLength(1);
      const rows = await db
        .select()
        .from(categories)
        .where(inArray(categories.id, [a, b]));
      expect(rows.filter((r) => r.parentId !== null)).toHaveLength(1);
    }
  });

  it("recursive category queries finish on a parent cycle left in bad data", async () => {
    const a = await createCategoryAction({ name: "Loop A", parentId: "" });
    const b = await createCategoryAction({ name: "Loop B", parentId: a.ok ? String(a.data.id) : "" });
    const [idA, idB] = [a.ok ? a.data.id : 0, b.ok ? b.data.id : 0];
    await db.update(categories).set({ parentId: idB }).where(eq(categories.id, idA));
    // The breadcrumb lists each category once, root of the loop first.
    expect(await queryCategoryTrail(db, idA)).toEqual([
      { slug: "loop-b", name: "Loop B" },
      { slug: "loop-a", name: "Loop A" },
    ]);
    // Renaming re-indexes the subtree through a recursive query: it must come back.
    expect(await renameCategoryAction({ id: idA, name: "Loop A2", slug: "loop-a" })).toMatchObject({ ok: true });
    await db.update(categories).set({ parentId: null }).where(eq(categories.id, idA));
  });
});

describe("re-indexing a big category", () => {
  it("writes one outbox event per product in a few multi-row inserts, not one insert per product", async () => {
    const created = await createCategoryAction({ name: "Bulk", parentId: "" });
    const bulk = created.ok ? created.data.id : 0;
    await db
      .insert(products)
      .values(Array.from({ length: 1200 }, (_, i) => ({ slug: `bulk-${i}`, name: `Bulk ${i}`, categoryId: bulk })));
    // Counts INSERT statements on the outbox (a statement-level trigger fires once per statement).
    await db.execute(sql`CREATE TABLE outbox_insert_statements (n integer NOT NULL)`);
    await db.execute(sql`INSERT INTO outbox_insert_statements VALUES (0)`);
    await db.execute(
      sql`CREATE FUNCTION count_outbox_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE outbox_insert_statements SET n = n + 1; RETURN NULL; END $$`,
    );
    await db.execute(
      sql`CREATE TRIGGER count_outbox_insert AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION count_outbox_insert()`,
    );
    try {
      const before = (await db.select().from(outbox).where(eq(outbox.name, "catalog/product.changed"))).length;
      expect(await renameCategoryAction({ id: bulk, name: "Bulk goods", slug: "bulk" })).toMatchObject({ ok: true });
      const events = (await db.select().from(outbox).where(eq(outbox.name, "catalog/product.changed"))).slice(before);
      expect(new Set(events.map((e) => (e.payload as { slug: string }).slug)).size).toBe(1200);
      expect(events.every((e) => (e.payload as { change: string }).change === "updated")).toBe(true);
      const [counted] = await selectRows<{ n: number }>(db, sql`SELECT n FROM outbox_insert_statements`);
      expect(counted?.n).toBeGreaterThan(0);
      expect(counted?.n).toBeLessThanOrEqual(3);
    } finally {
      await db.execute(sql`DROP TRIGGER count_outbox_insert ON outbox`);
    }
  });
});

describe("stock", () => {
  it("adjusts with a reason, keeps history, and never goes below zero", async () => {
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.sku, "STOVE-1"));
    expect(
      await adjustStockAction(
        form({ variantId: String(variant!.id), delta: "-4", reason: "Damaged in storage", formKey: "form-key-1" }),
      ),
    ).toMatchObject({ ok: true, data: { stock: 6 } });
    expect(
      await adjustStockAction({
        variantId: variant!.id,
        delta: 5,
        reason: "Delivery from supplier",
        formKey: "form-key-2",
      }),
    ).toMatchObject({ ok: true, data: { stock: 11 } });
    expect(
      await adjustStockAction({ variantId: variant!.id, delta: -12, reason: "Recount", formKey: "form-key-3" }),
    ).toMatchObject({ ok: false, formError: "Stock cannot go below zero." });
    const history = await db
      .select()
      .from(stockAdjustments)
      .where(eq(stockAdjustments.variantId, variant!.id))
      .orderBy(stockAdjustments.id);
    expect(history.map((h) => [h.delta, h.stockAfter, h.reason])).toEqual([
      [-4, 6, "Damaged in storage"],
      [5, 11, "Delivery from supplier"],
    ]);
    await tags.expectExpired(["products", "product:camp-stove"], { notAmong: ["product:ridge-tent", "categories"] });
  });

  it("a stock form posted twice (a double click, a retry, two at once) applies its change once", async () => {
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.sku, "STOVE-1"));
    const post = () =>
      adjustStockAction(
        form({ variantId: String(variant!.id), delta: "2", reason: "Delivery", formKey: "form-key-twice" }),
      );
    const first = await Promise.all([post(), post()]);
    expect(first.map((r) => r.ok && r.message).sort()).toEqual([
      "Already applied: 13 in stock.",
      "Stock updated: 13 in stock.",
    ]);
    expect(await post()).toMatchObject({ ok: true, message: "Already applied: 13 in stock." });
    const [after] = await db.select().from(productVariants).where(eq(productVariants.id, variant!.id));
    expect(after?.stock).toBe(13);
    expect(
      await db
        .select()
        .from(stockAdjustments)
        .where(eq(stockAdjustments.idempotencyKey, `stock:form-key-twice:${variant!.id}`)),
    ).toHaveLength(1);
    // The same change from the next form (a new key) is a new change.
    expect(
      await adjustStockAction(
        form({ variantId: String(variant!.id), delta: "2", reason: "Delivery", formKey: "form-key-next" }),
      ),
    ).toMatchObject({ ok: true, data: { stock: 15 } });
  });
});
