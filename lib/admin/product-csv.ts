import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { categories, products, productVariants } from "@/db/schema";
import { toDecimalString } from "@/lib/catalog";
import { type Actor, assertStaff } from "./audit";
import { csvRecords } from "./csv";
import { AdminError } from "./errors";
import { type ProductInput, productFormSchema, toProductInput, type VariantInput } from "./product-input";
import { saveProduct } from "./products";

// One row per variant; product columns repeat on each of its rows. The import reads the
// same columns, so an export can be edited and imported back.
export const PRODUCT_CSV_HEADER = [
  "slug",
  "name",
  "brand",
  "description",
  "status",
  "featured",
  "category",
  "specifications",
  "sku",
  "variant_title",
  "options",
  "price",
  "compare_at",
  "stock",
] as const;

export type ImportRowReport = { line: number; slug: string; sku: string; ok: boolean; errors: string[] };
export type ImportReport = { rows: ImportRowReport[]; created: number; updated: number; failed: number };

/**
 * Imports products row by row: a bad row is reported with its reasons and skipped; the good
 * rows are grouped by slug and saved per product (its own transaction, audit and event, as
 * a form save). A product whose save fails reports that reason on each of its rows.
 */
export async function importProductsCsv(db: Db, actor: Actor, text: string): Promise<ImportReport> {
  assertStaff(actor);
  let parsed: ReturnType<typeof csvRecords>;
  try {
    parsed = csvRecords(text);
  } catch (error) {
    throw new AdminError(`This file is not valid CSV: ${(error as Error).message}`);
  }
  const missing = ["slug", "name", "sku", "price"].filter((k) => !parsed.header.includes(k));
  if (missing.length) throw new AdminError(`The header row needs these columns: ${missing.join(", ")}.`);

  const categoryRows = await db.select({ id: categories.id, slug: categories.slug }).from(categories);
  const categoryIds = new Map(categoryRows.map((c) => [c.slug, c.id]));
  const report: ImportRowReport[] = [];
  const groups = new Map<string, Group>();

  function rowInput(values: Record<string, string>) {
    const errors: string[] = [];
    const category = values.category ?? "";
    if (category && !categoryIds.has(category)) errors.push(`No category with the slug "${category}".`);
    const specs = (values.specifications ?? "")
      .split("|")
      .map((s) => s.trim())
      .filter(Boolean);
    const form = productFormSchema.safeParse({
      name: values.name,
      slug: values.slug,
      brand: values.brand ?? "",
      description: values.description ?? "",
      status: values.status || "draft",
      featured: ["yes", "true", "1"].includes((values.featured ?? "").toLowerCase()) ? "true" : "false",
      categoryId: category ? String(categoryIds.get(category) ?? "") : "",
      specName: specs.map((s) => s.split(":")[0]!.trim()),
      specValue: specs.map((s) => s.split(":").slice(1).join(":").trim()),
      variantId: [""],
      variantSku: [values.sku ?? ""],
      variantTitle: [values.variant_title ?? ""],
      variantOptions: [values.options ?? ""],
      variantPrice: [values.price ?? ""],
      variantCompareAt: [values.compare_at ?? ""],
      variantStock: [values.stock || "0"],
      variantStockLoaded: [""],
    });
    if (!form.success)
      return {
        errors: [...errors, ...form.error.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`)],
        input: null,
      };
    const input = toProductInput(form.data);
    if (!input.ok)
      return {
        errors: [
          ...errors,
          ...Object.entries(input.fieldErrors).flatMap(([k, v]) =>
            v.map(
              (m) =>
                `${k
                  .replace(/\.0$/, "")
                  .replace(/^variant/, "")
                  .toLowerCase()}: ${m}`,
            ),
          ),
        ],
        input: null,
      };
    if (!values.slug) errors.push("slug: Enter the product's slug.");
    return { errors, input: errors.length ? null : input.input };
  }

  for (const { line, values } of parsed.records) {
    const row: ImportRowReport = { line, slug: values.slug ?? "", sku: values.sku ?? "", ok: false, errors: [] };
    report.push(row);
    const { errors, input } = rowInput(values);
    if (!input) {
      row.errors = errors;
      continue;
    }
    const group = groups.get(input.slug);
    if (group?.variants.some((v) => v.sku === input.variants[0]!.sku)) {
      row.errors = ["This SKU appears twice for this product."];
      continue;
    }
    if (group) {
      group.rows.push(row);
      group.variants.push(input.variants[0]!);
    } else groups.set(input.slug, { rows: [row], input, variants: [...input.variants] });
  }

  let created = 0;
  let updated = 0;
  const existing = groups.size
    ? await db
        .select({ id: products.id, slug: products.slug })
        .from(products)
        .where(inArray(products.slug, [...groups.keys()]))
    : [];
  for (const [slug, group] of groups) {
    const productId = existing.find((p) => p.slug === slug)?.id ?? null;
    try {
      const input =
        productId === null
          ? { ...group.input, variants: group.variants }
          : await mergeWithStored(db, productId, group, parsed.header);
      if ("rowErrors" in input) {
        for (const [i, errors] of input.rowErrors) group.rows[i]!.errors = errors;
        for (const row of group.rows)
          if (!row.errors.length) row.errors = ["Not imported: another row of this product has an error."];
        continue;
      }
      await saveProduct(db, actor, productId, input);
      for (const row of group.rows) row.ok = true;
      if (productId === null) created++;
      else updated++;
    } catch (error) {
      // saveProduct runs each product in its own transaction, so a refused product wrote
      // nothing and the products before and after it stand.
      const refusal = databaseRefusal(error);
      if (refusal) {
        for (const row of group.rows) row.errors = [refusal];
        continue;
      }
      if (!(error instanceof AdminError)) throw error;
      const reasons = Object.values(error.refusal.fields ?? {})
        .flat()
        .filter((m): m is string => Boolean(m));
      for (const row of group.rows) row.errors = reasons.length ? reasons : [error.message];
    }
  }
  return { rows: report, created, updated, failed: report.filter((r) => !r.ok).length };
}

type Group = { rows: ImportRowReport[]; input: ProductInput; variants: VariantInput[] };

/**
 * An existing product takes only the columns the file has: a file of slug,name,sku,price
 * changes names and prices and leaves status, brand, description, specifications, category,
 * options and compare-at prices as they are. Stock is never written to an existing variant
 * (it would undo the sales since the export; the stock page records changes with a reason);
 * a new variant starts with its `stock` cell. Variants not in the file stay as they are.
 */
async function mergeWithStored(
  db: Db,
  productId: number,
  group: Group,
  header: string[],
): Promise<ProductInput | { rowErrors: [number, string[]][] }> {
  const has = (column: string) => header.includes(column);
  const [stored] = await db.select().from(products).where(eq(products.id, productId));
  if (!stored) throw new AdminError("This product was deleted during the import.");
  const current = await db
    .select()
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
    .orderBy(asc(productVariants.position));
  const rowErrors: [number, string[]][] = [];
  const variants = group.variants.map((v, i): VariantInput => {
    const match = current.find((c) => c.sku === v.sku);
    if (!match) return v;
    const compareAtAmount = has("compare_at") ? v.compareAtAmount : match.compareAtAmount;
    if (compareAtAmount !== null && compareAtAmount <= v.priceAmount) {
      rowErrors.push([
        i,
        [
          `compare_at: The stored compare-at price (${toDecimalString({ amount: compareAtAmount, currency: match.currency })}) must be above the price; add a compare_at column to change it.`,
        ],
      ]);
    }
    return {
      ...v,
      id: match.id,
      title: has("variant_title") ? v.title : match.title,
      options: has("options") ? v.options : match.options,
      compareAtAmount,
      stock: match.stock,
      stockChange: 0,
    };
  });
  if (rowErrors.length) return { rowErrors };
  const kept = current.filter((c) => !group.variants.some((v) => v.sku === c.sku));
  variants.push(
    ...kept.map((c) => ({
      id: c.id,
      sku: c.sku,
      title: c.title,
      options: c.options,
      priceAmount: c.priceAmount,
      compareAtAmount: c.compareAtAmount,
      stock: c.stock,
      stockChange: 0,
      row: 0,
    })),
  );
  const input = group.input;
  return {
    name: input.name,
    slug: input.slug,
    brand: has("brand") ? input.brand : stored.brand,
    description: has("description") ? input.description : stored.description,
    status: has("status") ? input.status : stored.status,
    featured: has("featured") ? input.featured : stored.featured,
    categoryId: has("category") ? input.categoryId : stored.categoryId,
    specifications: has("specifications") ? input.specifications : stored.specifications,
    variants,
  };
}

/**
 * A row-level refusal from Postgres — a data exception (class 22: a number out of range, a
 * value too long) or a broken constraint (class 23) — as a line for the report. Anything else
 * (the database is down, a bug) is not the file's fault and stays an error.
 */
function databaseRefusal(error: unknown): string | null {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const pg = e as { code?: unknown; constraint_name?: string; constraint?: string };
    if (typeof pg.code !== "string" || !/^2[23][0-9A-Z]{3}$/.test(pg.code)) continue;
    const constraint = pg.constraint_name ?? pg.constraint;
    if (pg.code === "22003") return "A number is too large for the store; nothing of this product was saved.";
    if (pg.code === "22001") return "A value is too long; nothing of this product was saved.";
    return `The database refused this product (${constraint ? `rule ${constraint}` : `error ${pg.code}`}); nothing of it was saved.`;
  }
  return null;
}
