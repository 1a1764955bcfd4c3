import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { products, productVariants } from "@/db/schema";
import { parseCsv } from "@/lib/admin/csv";
import { PRODUCT_CSV_HEADER } from "@/lib/admin/product-csv";
import { exportProductsCsv } from "@/lib/admin/product-csv-export";
import { insertCatalogFixture } from "./catalog-fixture";
import { createUser, signInAs } from "./admin-helpers";
import { tagProbe } from "./helpers/expired-tags";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

const { importProductsAction } = await import("@/app/admin/products/import/actions");

const csvFile = (text: string) => {
  const data = new FormData();
  data.set("file", new File([text], "products.csv", { type: "text/csv" }));
  return data;
};

const tags = tagProbe();

beforeAll(async () => {
  await insertCatalogFixture(db);
  signInAs(await createUser("staff"));
});

describe("product CSV", () => {
  it("imports the good rows and reports each bad row with its reasons", async () => {
    const csv = [
      PRODUCT_CSV_HEADER.join(","),
      'trail-mug,Trail Mug,Northwind,"Enamel, 350 ml",active,no,kitchen,Volume: 350 ml | Material: Enamel,MUG-BLUE,Blue,Colour=Blue,12.00,,10',
      "trail-mug,Trail Mug,Northwind,,active,no,kitchen,,MUG-RED,Red,Colour=Red,12.00,15.00,4",
      "bad-price,Bad Price,,,active,no,kitchen,,BAD-1,,,twelve,,1",
      "no-cat,No Category,,,active,no,nowhere,,NOCAT-1,,,5,,1",
      "dupe-sku,Dupe SKU,,,draft,no,,,TENT-3P,,,5,,1",
      "neg-stock,Negative,,,draft,no,,,NEG-1,,,5,,-3",
      "camp-stove,Camp Stove,Northwind,,active,yes,camping,,STOVE-1,,,45.00,60.00,10",
    ].join("\n");
    tags.reset();
    const result = await importProductsAction(csvFile(csv));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const report = result.data;
    expect(report).toMatchObject({ created: 1, updated: 1, failed: 4 });
    const byLine = new Map(report.rows.map((r) => [r.line, r]));
    expect(byLine.get(2)?.ok && byLine.get(3)?.ok && byLine.get(8)?.ok).toBe(true);
    expect(byLine.get(4)?.errors.join(" ")).toMatch(/price/i);
    expect(byLine.get(5)?.errors.join(" ")).toMatch(/nowhere/);
    expect(byLine.get(6)?.errors.join(" ")).toMatch(/SKU is already used/);
    expect(byLine.get(7)?.errors.join(" ")).toMatch(/stock/i);

    const [mug] = await db.select().from(products).where(eq(products.slug, "trail-mug"));
    expect(mug).toMatchObject({
      name: "Trail Mug",
      description: "Enamel, 350 ml",
      specifications: [
        { name: "Volume", value: "350 ml" },
        { name: "Material", value: "Enamel" },
      ],
    });
    expect(
      (await db.select().from(productVariants).where(eq(productVariants.productId, mug!.id))).map((v) => [
        v.sku,
        v.priceAmount,
        v.stock,
      ]),
    ).toEqual([
      ["MUG-BLUE", 1200, 10],
      ["MUG-RED", 1200, 4],
    ]);
    expect((await db.select().from(productVariants).where(eq(productVariants.sku, "STOVE-1")))[0]).toMatchObject({
      priceAmount: 4500,
      compareAtAmount: 6000,
    });
    expect(await db.select().from(products).where(eq(products.slug, "bad-price"))).toHaveLength(0);
    await tags.expectExpired(["products", "product:trail-mug", "product:camp-stove", "categories"], {
      notAmong: ["product:ridge-tent"],
    });
  });

  it("reports numbers too big for the store and products the database refuses on their rows, and imports the rest", async () => {
    // Stands for any row-level refusal by Postgres that validation did not foresee.
    await db.execute(
      sql`CREATE FUNCTION refuse_product() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.slug = 'db-refuses' THEN RAISE EXCEPTION 'refused' USING ERRCODE = '23514', CONSTRAINT = 'test_refuses'; END IF; RETURN NEW; END $$`,
    );
    await db.execute(
      sql`CREATE TRIGGER refuse_product BEFORE INSERT ON products FOR EACH ROW EXECUTE FUNCTION refuse_product()`,
    );
    try {
      const csv = [
        "slug,name,sku,price,stock",
        "big-price,Big Price,BIG-P,99999999999,1",
        "big-stock,Big Stock,BIG-S,5.00,99999999999",
        "db-refuses,Refused,DBR-1,5.00,1",
        "fine-after,Fine After,FINE-1,5.00,3",
      ].join("\n");
      const result = await importProductsAction(csvFile(csv));
      expect(result).toMatchObject({ ok: true, data: { created: 1, failed: 3 } });
      if (!result.ok) return;
      const byLine = new Map(result.data.rows.map((r) => [r.line, r]));
      expect(byLine.get(2)?.errors).toEqual(["price: Enter an amount of at most 10000000.00."]);
      expect(byLine.get(3)?.errors).toEqual(["stock: Enter a whole number from 0 to 1,000,000."]);
      expect(byLine.get(4)?.errors.join(" ")).toMatch(/database refused this product \(rule test_refuses\)/);
      expect(byLine.get(5)?.ok).toBe(true);
      expect((await db.select().from(productVariants).where(eq(productVariants.sku, "FINE-1")))[0]?.stock).toBe(3);
      expect(await db.select().from(products).where(eq(products.slug, "db-refuses"))).toHaveLength(0);
    } finally {
      await db.execute(sql`DROP TRIGGER refuse_product ON products`);
    }
  });

  it("updates an existing product only in the columns the file has, and never overwrites its stock", async () => {
    const [stove] = await db.select().from(products).where(eq(products.slug, "camp-stove"));
    await db
      .update(products)
      .set({
        status: "active",
        brand: "Northwind",
        description: "Burns hot.",
        specifications: [{ name: "Weight", value: "300 g" }],
      })
      .where(eq(products.id, stove!.id));
    await db
      .update(productVariants)
      .set({ stock: 25, priceAmount: 4500, compareAtAmount: 6000 })
      .where(eq(productVariants.sku, "STOVE-1"));
    const before = (await db.select().from(products).where(eq(products.id, stove!.id)))[0]!;
    expect(before.categoryId).not.toBeNull();

    const result = await importProductsAction(csvFile("slug,name,sku,price\ncamp-stove,Camp Stove II,STOVE-1,40.00\n"));
    expect(result).toMatchObject({ ok: true, data: { updated: 1, failed: 0 } });
    const after = (await db.select().from(products).where(eq(products.id, stove!.id)))[0]!;
    expect(after).toMatchObject({
      name: "Camp Stove II",
      status: "active",
      brand: "Northwind",
      description: "Burns hot.",
      featured: before.featured,
      categoryId: before.categoryId,
      specifications: [{ name: "Weight", value: "300 g" }],
    });
    expect((await db.select().from(productVariants).where(eq(productVariants.sku, "STOVE-1")))[0]).toMatchObject({
      priceAmount: 4000,
      compareAtAmount: 6000,
      stock: 25,
    });

    // A stock column sets the stock of a new variant only; the existing one keeps its 25.
    const withStock = await importProductsAction(
      csvFile(
        "slug,name,sku,price,stock,options\ncamp-stove,Camp Stove II,STOVE-1,40.00,99,\ncamp-stove,Camp Stove II,STOVE-2,42.00,4,Fuel=Gas\n",
      ),
    );
    expect(withStock).toMatchObject({ ok: true, data: { updated: 1, failed: 0 } });
    const variants = await db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, stove!.id))
      .orderBy(productVariants.position);
    expect(variants.map((v) => [v.sku, v.stock])).toEqual([
      ["STOVE-1", 25],
      ["STOVE-2", 4],
    ]);
    expect((await db.select().from(products).where(eq(products.id, stove!.id)))[0]?.status).toBe("active");

    // A price raised above the compare-at price the file does not mention is reported, not saved.
    const above = await importProductsAction(csvFile("slug,name,sku,price\ncamp-stove,Camp Stove II,STOVE-1,70.00\n"));
    expect(above).toMatchObject({ ok: true, data: { updated: 0, failed: 1 } });
    if (above.ok) expect(above.data.rows[0]?.errors.join(" ")).toMatch(/compare-at price \(60.00\)/);
    expect((await db.select().from(productVariants).where(eq(productVariants.sku, "STOVE-1")))[0]?.priceAmount).toBe(
      4000,
    );
  });

  it("an exported description starting with - imports back unchanged", async () => {
    await db.update(products).set({ description: "- waterproof" }).where(eq(products.slug, "camp-stove"));
    const exported = (await exportProductsCsv(db)).split("\r\n");
    const file = [exported[0], ...exported.filter((line) => line.startsWith("camp-stove,"))].join("\r\n");
    expect(file).toContain("'- waterproof");
    expect(await importProductsAction(csvFile(file))).toMatchObject({ ok: true, data: { updated: 1, failed: 0 } });
    expect((await db.select().from(products).where(eq(products.slug, "camp-stove")))[0]?.description).toBe(
      "- waterproof",
    );
  });

  it("refuses a file without the required columns", async () => {
    expect(await importProductsAction(csvFile("name,price\nX,1\n"))).toMatchObject({
      ok: false,
      formError: "The header row needs these columns: slug, sku.",
    });
  });

  it("refuses a file with text after a closing quote, naming the line, and saves none of its rows", async () => {
    const csv = 'slug,name,sku,price\nquote-ok,Quote OK,QOK-1,5.00\nquote-bad,"Trail" Mug,QBAD-1,5.00\n';
    expect(await importProductsAction(csvFile(csv))).toMatchObject({
      ok: false,
      formError:
        'This file is not valid CSV: Line 3: a quoted field goes on after its closing quote. Write a quote inside a quoted field as two quotes ("").',
    });
    expect(
      await db
        .select()
        .from(products)
        .where(inArray(products.slug, ["quote-ok", "quote-bad"])),
    ).toHaveLength(0);
  });

  it("exports one row per variant that imports back", async () => {
    const rows = parseCsv(await exportProductsCsv(db));
    expect(rows[0]).toEqual([...PRODUCT_CSV_HEADER]);
    expect(rows.find((r) => r[8] === "MUG-RED")).toEqual([
      "trail-mug",
      "Trail Mug",
      "Northwind",
      "Enamel, 350 ml",
      "active",
      "no",
      "kitchen",
      "Volume: 350 ml | Material: Enamel",
      "MUG-RED",
      "Red",
      "Colour=Red",
      "12.00",
      "15.00",
      "4",
    ]);
  });
});
