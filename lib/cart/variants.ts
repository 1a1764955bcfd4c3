import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { db as defaultDb, type Db } from "@/db";
import { productImages, products, productVariants } from "@/db/schema";
import { toImage } from "@/lib/catalog";
import { env } from "@/lib/env";
import { money } from "@/lib/money";
import { isSellableIn, type PricedVariant } from "./build-cart";

export { variantLabel } from "./build-cart";

// What the cart needs to know about a variant, read fresh from the database on every cart
// read and every cart change: never cached, because price and stock are what it checks.
// Both queries are prepared statements: they run on every add and every cart view, and
// preparing them makes each about three times cheaper for Postgres (scripts/bench/cart.ts).

export type CartVariant = PricedVariant;

const MAX_ID = 2_147_483_647; // Postgres integer: a bigger id would be a query error

const columns = {
  id: productVariants.id,
  title: productVariants.title,
  options: productVariants.options,
  priceAmount: productVariants.priceAmount,
  currency: productVariants.currency,
  stock: productVariants.stock,
  weightGrams: productVariants.weightGrams,
  productName: products.name,
  productSlug: products.slug,
  productStatus: products.status,
};

function prepare(db: Db) {
  // The product's first image, as the catalog orders them (position, then id).
  const image = db
    .select({
      path: productImages.path,
      alt: productImages.alt,
      width: productImages.width,
      height: productImages.height,
    })
    .from(productImages)
    .where(eq(productImages.productId, products.id))
    .orderBy(asc(productImages.position), asc(productImages.id))
    .limit(1)
    .as("img");
  return {
    one: db
      .select(columns)
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(eq(productVariants.id, sql.placeholder("id")))
      .prepare("cart_variant"),
    many: db
      .select({
        ...columns,
        imagePath: image.path,
        imageAlt: image.alt,
        imageWidth: image.width,
        imageHeight: image.height,
      })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .leftJoinLateral(image, sql`true`)
      .where(sql`${productVariants.id} = ANY(${sql.placeholder("ids")}::integer[])`)
      .prepare("cart_variants"),
  };
}

const prepared = new WeakMap<Db, ReturnType<typeof prepare>>();

function statements(db: Db) {
  let found = prepared.get(db);
  if (!found) prepared.set(db, (found = prepare(db)));
  return found;
}

type Row = Omit<CartVariant, "price" | "image"> & { priceAmount: number; currency: string };

function toCartVariant({ priceAmount, currency, ...rest }: Row, image: CartVariant["image"] = null): CartVariant {
  return { ...rest, price: money(priceAmount, currency.trim()), image };
}

/** Variants by id with their product and first image, for pricing a cart. */
export async function getCartVariants(ids: readonly number[], db: Db = defaultDb): Promise<Map<number, CartVariant>> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0 && id <= MAX_ID);
  if (wanted.length === 0) return new Map();
  const rows = await statements(db).many.execute({ ids: wanted });
  return new Map(
    rows.map(({ imagePath, imageAlt, imageWidth, imageHeight, ...row }) => [
      row.id,
      toCartVariant(row, toImage({ imagePath, imageAlt, imageWidth, imageHeight })),
    ]),
  );
}

/** One variant without its image: what a cart change checks (on sale, stock, today's price). */
export async function getCartVariant(id: number, db: Db = defaultDb): Promise<CartVariant | null> {
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) return null;
  const [row] = await statements(db).one.execute({ id });
  return row ? toCartVariant(row) : null;
}

/** Whether a variant can be put in this store's carts (see isSellableIn). */
export function isSellable(variant: CartVariant | null | undefined): variant is CartVariant {
  return isSellableIn(variant, env.STORE_CURRENCY);
}
