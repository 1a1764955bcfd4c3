import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, productImages, products, productVariants } from "@/db/schema";
import { imagesForVariant } from "@/lib/catalog";
import { queryProductBySlug } from "@/lib/catalog/product-detail";
import { createUser, form, signInAs } from "./admin-helpers";
import { insertOrder } from "./helpers/order-rows";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));
// Media on a real local disk in a temp folder.
const media = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  return { root: mkdtempSync(path.join(tmpdir(), "admin-variants-")) };
});
vi.mock("@/lib/storage", async (original) => {
  const actual = await original<typeof import("@/lib/storage")>();
  return { ...actual, mediaStorage: actual.localDiskStorage(media.root) };
});

const { saveProductAction } = await import("@/app/admin/products/actions");

beforeAll(async () => {
  signInAs(await createUser("staff"));
});
beforeEach(async () => signInAs(await createUser("staff")));

type Row = {
  id?: number;
  options: Record<string, string>;
  sku: string;
  price?: string;
  stock?: string;
  loaded?: string;
  weight?: string;
};

/** The variant editor's post: options as name + one value per line, one row per combination. */
const editorForm = (slug: string, options: [string, string[]][], rows: Row[], extra: Record<string, string> = {}) =>
  form({
    name: "Trail Tee",
    slug,
    status: "draft",
    categoryId: "",
    optionsEditor: "1",
    optionName: options.map(([n]) => n),
    optionValues: options.map(([, v]) => v.join("\n")),
    variantId: rows.map((r) => (r.id ? String(r.id) : "")),
    variantOptions: rows.map((r) => JSON.stringify(r.options)),
    variantSku: rows.map((r) => r.sku),
    variantPrice: rows.map((r) => r.price ?? "20.00"),
    variantCompareAt: rows.map(() => ""),
    variantStock: rows.map((r) => r.stock ?? "3"),
    variantStockLoaded: rows.map((r) => r.loaded ?? ""),
    variantWeight: rows.map((r) => r.weight ?? "180"),
    ...extra,
  });

const matrix = (slug: string) =>
  ["Black", "Grey"].flatMap((colour) =>
    ["S", "M"].map((size) => ({
      options: { Size: size, Colour: colour },
      sku: `${slug}-${colour}-${size}`.toUpperCase(),
    })),
  );
const twoByTwo: [string, string[]][] = [
  ["Size", ["S", "M"]],
  ["Colour", ["Black", "Grey"]],
];
const variantsOf = (productId: number) =>
  db.select().from(productVariants).where(eq(productVariants.productId, productId)).orderBy(productVariants.position);
const productBySlug = async (slug: string) => (await db.select().from(products).where(eq(products.slug, slug)))[0];

describe("the variant editor's matrix", () => {
  it("saves a 2×2 matrix as four variants with their options, titles and weights, and the options in order", async () => {
    const result = await saveProductAction(null, editorForm("tee-a", twoByTwo, matrix("tee-a")));
    expect(result).toMatchObject({ ok: true });
    const product = await productBySlug("tee-a");
    expect(product!.options).toEqual([
      { name: "Size", values: ["S", "M"] },
      { name: "Colour", values: ["Black", "Grey"] },
    ]);
    const variants = await variantsOf(product!.id);
    expect(variants.map((v) => [v.sku, v.title, v.options, v.weightGrams, v.stock])).toEqual([
      ["TEE-A-BLACK-S", "S / Black", { Size: "S", Colour: "Black" }, 180, 3],
      ["TEE-A-BLACK-M", "M / Black", { Size: "M", Colour: "Black" }, 180, 3],
      ["TEE-A-GREY-S", "S / Grey", { Size: "S", Colour: "Grey" }, 180, 3],
      ["TEE-A-GREY-M", "M / Grey", { Size: "M", Colour: "Grey" }, 180, 3],
    ]);
    const audit = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(product!.id)));
    expect(audit.map((a) => a.action)).toContain("product.create");
  });

  it("a product without options saves one default variant", async () => {
    const result = await saveProductAction(null, editorForm("tee-plain", [], [{ options: {}, sku: "TEE-PLAIN" }]));
    expect(result).toMatchObject({ ok: true });
    const product = await productBySlug("tee-plain");
    expect(product!.options).toEqual([]);
    expect((await variantsOf(product!.id)).map((v) => [v.sku, v.title])).toEqual([["TEE-PLAIN", "Default"]]);
  });

  it("removing a value removes its unordered variants and keeps the others' ids, SKUs and stock", async () => {
    await saveProductAction(null, editorForm("tee-b", twoByTwo, matrix("tee-b")));
    const product = await productBySlug("tee-b");
    const before = await variantsOf(product!.id);
    const kept = before.filter((v) => v.options.Colour === "Black");
    const result = await saveProductAction(
      null,
      editorForm(
        "tee-b",
        [
          ["Size", ["S", "M"]],
          ["Colour", ["Black"]],
        ],
        kept.map((v) => ({ id: v.id, options: v.options, sku: v.sku, stock: "3", loaded: "3", weight: "200" })),
        { id: String(product!.id) },
      ),
    );
    expect(result).toMatchObject({ ok: true });
    const after = await variantsOf(product!.id);
    expect(after.map((v) => [v.id, v.sku, v.stock, v.weightGrams])).toEqual(kept.map((v) => [v.id, v.sku, 3, 200]));
    expect((await productBySlug("tee-b"))!.options).toEqual([
      { name: "Size", values: ["S", "M"] },
      { name: "Colour", values: ["Black"] },
    ]);
  });

  it("removing a value whose variant was ordered is refused and changes nothing", async () => {
    await saveProductAction(null, editorForm("tee-c", twoByTwo, matrix("tee-c")));
    const product = await productBySlug("tee-c");
    const before = await variantsOf(product!.id);
    const grey = before.find((v) => v.sku === "TEE-C-GREY-S")!;
    await insertOrder(db, {
      email: "b@example.com",
      customerName: "B",
      status: "paid",
      lines: [
        {
          productId: product!.id,
          variantId: grey.id,
          name: "Trail Tee",
          title: grey.title,
          sku: grey.sku,
          unitPrice: 2000,
        },
      ],
    });
    const kept = before.filter((v) => v.options.Colour === "Black");
    const result = await saveProductAction(
      null,
      editorForm(
        "tee-c",
        [
          ["Size", ["S", "M"]],
          ["Colour", ["Black"]],
        ],
        kept.map((v) => ({ id: v.id, options: v.options, sku: v.sku, stock: "3", loaded: "3" })),
        { id: String(product!.id) },
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { variants: [expect.stringMatching(/TEE-C-GREY-S has been ordered/)] },
    });
    expect((await variantsOf(product!.id)).map((v) => v.id)).toEqual(before.map((v) => v.id));
    expect((await productBySlug("tee-c"))!.options).toHaveLength(2);
  });

  it("refuses a duplicate SKU at its row and saves nothing", async () => {
    const rows = matrix("tee-d");
    rows[3]!.sku = rows[0]!.sku;
    const result = await saveProductAction(null, editorForm("tee-d", twoByTwo, rows));
    expect(result).toMatchObject({ ok: false, fieldErrors: { "variantSku.3": ["Each variant needs its own SKU."] } });
    expect(await productBySlug("tee-d")).toBeUndefined();
  });

  it("refuses a missing or repeated combination with errors at the form and the row, and saves nothing", async () => {
    const rows = matrix("tee-e");
    rows[3] = { ...rows[0]!, sku: "TEE-E-EXTRA" };
    const result = await saveProductAction(null, editorForm("tee-e", twoByTwo, rows));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        variants: [expect.stringMatching(/missing: M \/ Grey/)],
        "variantRow.3": [expect.stringMatching(/listed twice/)],
      },
    });
    expect(await productBySlug("tee-e")).toBeUndefined();
  });

  it("refuses empty, repeated and overlong option values at the option's row", async () => {
    const result = await saveProductAction(
      null,
      editorForm(
        "tee-f",
        [
          ["Size", []],
          ["Colour", ["Black", "black"]],
          ["size", ["x".repeat(61)]],
        ],
        [{ options: {}, sku: "TEE-F" }],
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "optionValues.0": ["Add at least one value."],
        "optionValues.1": [expect.stringMatching(/listed twice/)],
        "optionName.2": ["Each option needs its own name."],
      },
    });
    expect(await productBySlug("tee-f")).toBeUndefined();
  });
});

const png = (r: number, g: number, b: number) =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();
const file = (bytes: Uint8Array, name: string) => new File([bytes as BlobPart], name);

describe("images uploaded with a new product", () => {
  it("are stored with it, a Colour: Black photo assigned to the Black variants, and lead on their pages", async () => {
    const data = editorForm("tee-img", twoByTwo, matrix("tee-img"), { status: "active" });
    data.append("newImage", file(await png(200, 200, 200), "all.png"));
    data.append("newImageAlt", "The tee laid flat");
    data.append("newImageFor", "");
    data.append("newImage", file(await png(0, 0, 0), "black.png"));
    data.append("newImageAlt", "The black tee");
    data.append("newImageFor", JSON.stringify({ Colour: "Black" }));
    data.append("newImage", new File([], "")); // a row left without a file
    data.append("newImageAlt", "");
    data.append("newImageFor", "");
    expect(await saveProductAction(null, data)).toMatchObject({ ok: true });

    const product = await productBySlug("tee-img");
    const variants = await variantsOf(product!.id);
    const black = variants.filter((v) => v.options.Colour === "Black").map((v) => v.id);
    const rows = await db.select().from(productImages).where(eq(productImages.productId, product!.id));
    expect(
      rows
        .filter((r) => r.alt === "The black tee")
        .map((r) => r.variantId)
        .sort(),
    ).toEqual([...black].sort());
    expect(rows.filter((r) => r.alt === "The tee laid flat").map((r) => r.variantId)).toEqual([null]);

    const detail = await queryProductBySlug(db, "tee-img");
    expect(detail!.images.map((i) => i.alt)).toEqual(["The tee laid flat", "The black tee"]);
    const blackM = variants.find((v) => v.sku === "TEE-IMG-BLACK-M")!;
    const greyM = variants.find((v) => v.sku === "TEE-IMG-GREY-M")!;
    expect(imagesForVariant(detail!.images, blackM.id).map((i) => i.alt)).toEqual([
      "The black tee",
      "The tee laid flat",
    ]);
    expect(imagesForVariant(detail!.images, greyM.id).map((i) => i.alt)).toEqual([
      "The tee laid flat",
      "The black tee",
    ]);
  });

  it("refuses the whole form for a file that is not an image, or a photo without alt text, and saves nothing", async () => {
    const data = editorForm("tee-bad-img", twoByTwo, matrix("tee-bad-img"));
    data.append("newImage", file(new TextEncoder().encode("not an image"), "notes.txt"));
    data.append("newImageAlt", "Notes");
    data.append("newImageFor", "");
    data.append("newImage", file(await png(0, 0, 0), "black.png"));
    data.append("newImageAlt", "");
    data.append("newImageFor", JSON.stringify({ Colour: "Purple" }));
    expect(await saveProductAction(null, data)).toMatchObject({
      ok: false,
      fieldErrors: {
        "newImage.0": ["Upload a JPEG, PNG, WebP, GIF or AVIF image."],
        "newImageAlt.1": [expect.any(String)],
        "newImageFor.1": [expect.any(String)],
      },
    });
    expect(await productBySlug("tee-bad-img")).toBeUndefined();
  });
});
