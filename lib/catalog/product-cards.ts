import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import { productCard } from "./product-card";
import { type ImageColumns, toImage } from "./rows";
import type { ProductCard } from "./types";

// A product card shows the lowest variant price ("from"), that variant's compare-at price,
// whether any variant is in stock, and the first image. Products without variants cannot be
// bought, so the inner lateral join leaves them out of every listing.

/** FROM clause over `products p` with the price (`v`) and stock (`s`) laterals. */
export const cardSource = sql`
  products p
  JOIN LATERAL (
    SELECT pv.price_amount, pv.compare_at_amount, pv.currency
    FROM product_variants pv
    WHERE pv.product_id = p.id
    ORDER BY pv.price_amount, pv.position, pv.id
    LIMIT 1
  ) v ON true
  JOIN LATERAL (
    SELECT bool_or(pv.stock > 0) AS in_stock FROM product_variants pv WHERE pv.product_id = p.id
  ) s ON true
  LEFT JOIN product_ratings pr ON pr.product_id = p.id`;

/** Columns a card needs from `cardSource`, before the image join. */
export const cardColumns = sql`
  p.id, p.slug, p.name, p.brand, p.created_at AS "createdAt",
  v.price_amount AS "price", v.compare_at_amount AS "compareAt", v.currency,
  s.in_stock AS "inStock",
  pr.rating_sum::real / nullif(pr.review_count, 0) AS "ratingAverage", pr.review_count AS "reviewCount"`;

/** Joins the first image of `alias.id` (a card row) as the ImageColumns. */
export function firstImageJoin(alias: SQL): SQL {
  return sql`
  LEFT JOIN LATERAL (
    SELECT pi.path AS "imagePath", pi.alt AS "imageAlt", pi.width AS "imageWidth", pi.height AS "imageHeight"
    FROM product_images pi
    WHERE pi.product_id = ${alias}.id
    ORDER BY pi.position, pi.id
    LIMIT 1
  ) img ON true`;
}

export type CardRow = ImageColumns & {
  id: number;
  slug: string;
  name: string;
  brand: string;
  price: number;
  compareAt: number | null;
  currency: string;
  inStock: boolean;
  ratingAverage: number | null;
  reviewCount: number | null;
};

export function toProductCard(row: CardRow): ProductCard {
  return productCard({ ...row, priceAmount: row.price, compareAtAmount: row.compareAt, image: toImage(row) });
}

/** Featured active products, newest first. */
export async function queryFeaturedProducts(db: DbOrTx, limit = 8): Promise<ProductCard[]> {
  const rows = await selectRows<CardRow>(
    db,
    sql`SELECT c.*, img.* FROM (
          SELECT ${cardColumns} FROM ${cardSource}
          WHERE p.status = 'active' AND p.featured
        ) c
        ${firstImageJoin(sql`c`)}
        ORDER BY c."createdAt" DESC, c.id DESC
        LIMIT ${limit}`,
  );
  return rows.map(toProductCard);
}
