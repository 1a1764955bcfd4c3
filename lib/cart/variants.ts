import "server-only";
import { sql } from "drizzle-orm";
import { db as defaultDb, type DbOrTx, selectRows } from "@/db";
import { firstImageJoin } from "@/lib/catalog/product-cards";
import { type ImageColumns, toImage } from "@/lib/catalog/rows";
import { env } from "@/lib/env";
import { money } from "@/lib/money";
import { isSellableIn, type PricedVariant } from "./build-cart";

// What the cart needs to know about a variant, read fresh from the database on every cart
// read and every cart change: never cached, because price and stock are what it checks.

export type CartVariant = PricedVariant;

type Row = Partial<ImageColumns> & {
  id: number;
  title: string;
  options: Record<string, string> | string;
  priceAmount: number;
  currency: string;
  stock: number;
  productName: string;
  productSlug: string;
  productStatus: PricedVariant["productStatus"];
};

/** Variants by id with their product and first image, for pricing a cart. */
export async function getCartVariants(ids: readonly number[], db: DbOrTx = defaultDb): Promise<Map<number, CartVariant>> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647);
  if (wanted.length === 0) return new Map();
  const rows = await selectRows<Row>(
    db,
    sql`SELECT ${columns}, img.*
        FROM product_variants v
        JOIN products p ON p.id = v.product_id
        ${firstImageJoin(sql`p`)}
        WHERE v.id IN (${sql.join(wanted.map((id) => sql`${id}`), sql`, `)})`,
  );
  return new Map(rows.map((row) => [Number(row.id), toCartVariant(row)]));
}

/**
 * One variant without its image: what a cart change checks (on sale, stock, today's
 * price). The hot path of add-to-cart, so it skips the image join.
 */
export async function getCartVariant(id: number, db: DbOrTx = defaultDb): Promise<CartVariant | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const [row] = await selectRows<Row>(
    db,
    sql`SELECT ${columns} FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.id = ${id}`,
  );
  return row ? toCartVariant(row) : null;
}

const noImage: ImageColumns = { imagePath: null, imageAlt: null, imageWidth: null, imageHeight: null };

const columns = sql`v.id, v.title, v.options, v.price_amount AS "priceAmount", v.currency, v.stock,
  p.name AS "productName", p.slug AS "productSlug", p.status AS "productStatus"`;

function toCartVariant(row: Row): CartVariant {
  return {
    id: Number(row.id),
    title: row.title,
    options: typeof row.options === "string" ? (JSON.parse(row.options) as Record<string, string>) : row.options,
    price: money(Number(row.priceAmount), row.currency.trim()),
    stock: Number(row.stock),
    productName: row.productName,
    productSlug: row.productSlug,
    productStatus: row.productStatus,
    image: row.imagePath === undefined ? null : toImage({ ...noImage, ...row }),
  };
}

/** Whether a variant can be put in this store's carts (see isSellableIn). */
export function isSellable(variant: CartVariant | null | undefined): variant is CartVariant {
  return isSellableIn(variant, env.STORE_CURRENCY);
}

export { variantLabel } from "./build-cart";
