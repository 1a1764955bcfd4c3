import { z } from "zod";
import { isValidSlug, slugify } from "@/lib/catalog";
import { env } from "@/lib/env";
import { parseMoneyInput } from "@/lib/money";
import type { ProductFields, ProductOptionInput } from "./types";
import { amountTooBig, MAX_AMOUNT, MAX_STOCK, STOCK_RANGE } from "./limits";
import { checkMatrix, parseWeight, readOptions } from "./variant-rows";
import { rowId } from "@/lib/row-id";

// The product form posts repeated fields (one per variant row / specification row); FormData
// gives a string for one row and an array for several, so every list is normalised first.
const list = z.preprocess(
  (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string()),
);
const trimmed = (max: number) => z.string().trim().max(max);

export const productFormSchema = z.object({
  name: trimmed(200).min(1, "Enter a name."),
  slug: trimmed(80).optional().default(""),
  brand: trimmed(120).optional().default(""),
  description: trimmed(10_000).optional().default(""),
  status: z.enum(["draft", "active", "archived"]).default("draft"),
  featured: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
  categoryId: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : v),
    z.coerce.number().int().positive().nullable(),
  ),
  // The variant editor (set when the form posts its options): the variants must then be the
  // options' matrix, one per combination. Without it (CSV import) the variants' options stand.
  optionsEditor: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()).default(false),
  optionName: list,
  /** One option's values, one per line. */
  optionValues: list,
  specName: list,
  specValue: list,
  variantId: list,
  variantSku: list,
  variantTitle: list,
  variantOptions: list,
  variantPrice: list,
  variantCompareAt: list,
  variantStock: list,
  variantWeight: list,
  // The stock each existing variant had when the form was loaded (hidden): a save applies
  // only the difference, so units sold while the form was open are not put back.
  variantStockLoaded: list,
  // Minted per page render (hidden): the form's stock changes apply once if it is posted twice.
  formKey: z.string().max(100).optional(),
});

export type ProductFormValues = z.infer<typeof productFormSchema>;

export type VariantInput = {
  id: number | null;
  sku: string;
  title: string;
  options: Record<string, string>;
  priceAmount: number;
  compareAtAmount: number | null;
  /** A new variant's opening stock. */
  stock: number;
  /** An existing variant's stock change, added to its stock as it is at save time (0 leaves it). */
  stockChange: number;
  /** Grams for shipping; absent keeps an existing variant's weight (a new one gets 0). */
  weightGrams?: number | null;
  /** The form row, so a refusal from the database step lands on the right field. */
  row: number;
};

export type ProductInput = ProductFields & {
  specifications: { name: string; value: string }[];
  variants: VariantInput[];
  /** The options in their order; absent, they are taken from the variants. */
  options?: ProductOptionInput[];
  formKey?: string;
};

/**
 * "Size=M; Colour=Black" (CSV, older forms) or the editor's JSON `{"Size":"M"}` → an object;
 * null when malformed.
 */
export function parseOptions(text: string): Record<string, string> | null {
  if (text.trim().startsWith("{")) return parseOptionsJson(text);
  const out: Record<string, string> = {};
  for (const part of text
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, value, ...rest] = part.split("=").map((s) => s.trim());
    if (!name || !value || rest.length > 0) return null;
    out[name] = value;
  }
  return out;
}

function parseOptionsJson(text: string): Record<string, string> | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
    const entries = Object.entries(value);
    if (!entries.every(([k, v]) => typeof v === "string" && k.trim() && v.trim())) return null;
    return Object.fromEntries(entries.map(([k, v]) => [k.trim(), (v as string).trim()]));
  } catch {
    return null; // a tampered hidden field: refused at the row like any malformed options
  }
}

export function formatOptions(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k}=${v}`)
    .join("; ");
}

/**
 * Turns the form's strings into a product: prices typed as decimals become minor units in
 * the store currency. Errors are keyed by field, rows by index (`variantPrice.1`).
 */
export function toProductInput(
  v: ProductFormValues,
  currency = env.STORE_CURRENCY,
): { ok: true; input: ProductInput } | { ok: false; fieldErrors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const add = (key: string, message: string) => (errors[key] ??= []).push(message);
  const slug = v.slug || slugify(v.name);
  if (!isValidSlug(slug)) add("slug", "Use lowercase letters, digits and single hyphens.");

  const specifications: ProductInput["specifications"] = [];
  v.specName.forEach((name, i) => {
    const value = (v.specValue[i] ?? "").trim();
    if (!name.trim() && !value) return; // an empty row the form left for adding one
    if (!name.trim() || !value) add(`spec.${i}`, "A specification needs a name and a value.");
    else specifications.push({ name: name.trim(), value });
  });

  const options = v.optionsEditor ? readOptions(v, add) : undefined;

  const variants: VariantInput[] = [];
  const skus = new Set<string>();
  v.variantSku.forEach((rawSku, i) => {
    const sku = rawSku.trim();
    const priceText = (v.variantPrice[i] ?? "").trim();
    const idText = (v.variantId[i] ?? "").trim();
    if (!sku && !priceText && !idText && !v.optionsEditor) return; // blank new row (the matrix has none)
    if (!sku) add(`variantSku.${i}`, "Enter a SKU.");
    else if (skus.has(sku)) add(`variantSku.${i}`, "Each variant needs its own SKU.");
    skus.add(sku);
    const price = parseMoneyInput(priceText, currency);
    if (price === null || price < 0) add(`variantPrice.${i}`, "Enter a price such as 12.50.");
    else if (price > MAX_AMOUNT) add(`variantPrice.${i}`, amountTooBig(currency));
    const compareText = (v.variantCompareAt[i] ?? "").trim();
    const compareAt = compareText ? parseMoneyInput(compareText, currency) : null;
    if (compareText && compareAt === null)
      add(`variantCompareAt.${i}`, "Enter a price such as 15.00, or leave it empty.");
    else if (compareAt !== null && compareAt > MAX_AMOUNT) add(`variantCompareAt.${i}`, amountTooBig(currency));
    else if (compareAt !== null && price !== null && compareAt <= price)
      add(`variantCompareAt.${i}`, "The compare-at price must be above the price.");
    const stockText = (v.variantStock[i] ?? "0").trim() || "0";
    const stock = Number(stockText);
    if (!Number.isInteger(stock) || stock < 0 || stock > MAX_STOCK) add(`variantStock.${i}`, STOCK_RANGE);
    const id = rowId(idText);
    const loadedText = (v.variantStockLoaded[i] ?? "").trim();
    const loaded = loadedText === "" ? null : Number(loadedText);
    let stockChange = 0;
    if (id !== null) {
      // Without the stock as loaded the save cannot tell a typed change from a sale.
      if (loaded === null || !Number.isInteger(loaded) || loaded < 0 || loaded > 2_147_483_647)
        add(`variantStock.${i}`, "This form is out of date; reload the page and enter the stock again.");
      else stockChange = stock - loaded;
    }
    const values = parseOptions(v.variantOptions[i] ?? "");
    if (!values) add(`variantOptions.${i}`, "Write options as Name=Value; Name=Value.");
    const title = (v.variantTitle[i] ?? "").trim() || (values && Object.values(values).join(" / ")) || "Default";
    const weightGrams = parseWeight(v.variantWeight[i], (m) => add(`variantWeight.${i}`, m));
    variants.push({
      id,
      sku,
      title,
      options: values ?? {},
      weightGrams,
      priceAmount: price ?? 0,
      compareAtAmount: compareAt,
      stock,
      stockChange,
      row: i,
    });
  });
  if (variants.length === 0) add("variants", "Add at least one variant with a SKU and a price.");
  else if (options && !Object.keys(errors).some((k) => k.startsWith("option"))) checkMatrix(options, variants, add);

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    input: {
      name: v.name,
      slug,
      brand: v.brand,
      description: v.description,
      status: v.status,
      featured: v.featured,
      categoryId: v.categoryId,
      specifications,
      variants,
      ...(options ? { options } : {}),
      ...(v.formKey ? { formKey: v.formKey } : {}),
    },
  };
}
