import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { categories, products, productVariants } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { toDecimalString } from "@/lib/catalog";
import { toCsv } from "./csv";
import { PRODUCT_CSV_HEADER } from "./product-csv";
import { formatOptions } from "./product-input";

const specText = (specs: { name: string; value: string }[]) => specs.map((s) => `${s.name}: ${s.value}`).join(" | ");

/** The whole catalog, one row per variant, in the columns the import reads. Staff only. */
export async function exportProductsCsv(db: Db): Promise<string> {
  // Checked here as well as in the route: a read is not reached only through its page.
  await requireStaff("/admin/products");
  const rows = await db
    .select({ p: products, v: productVariants, category: categories.slug })
    .from(products)
    .leftJoin(productVariants, eq(productVariants.productId, products.id))
    .leftJoin(categories, eq(categories.id, products.categoryId))
    .orderBy(asc(products.id), asc(productVariants.position), asc(productVariants.id));
  return toCsv(
    PRODUCT_CSV_HEADER,
    rows.map(({ p, v, category }) => [
      p.slug,
      p.name,
      p.brand,
      p.description,
      p.status,
      p.featured ? "yes" : "no",
      category ?? "",
      specText(p.specifications),
      v?.sku ?? "",
      v?.title ?? "",
      v ? formatOptions(v.options) : "",
      v ? toDecimalString({ amount: v.priceAmount, currency: v.currency }) : "",
      v?.compareAtAmount != null ? toDecimalString({ amount: v.compareAtAmount, currency: v.currency }) : "",
      v?.stock ?? "",
    ]),
  );
}
