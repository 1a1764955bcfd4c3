import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import { type CardRow, cardColumns, cardSource, firstImageJoin, type ProductCard, toProductCard } from "@/lib/catalog";

// Every recommendation list ends here: a ranking (product_id, score) turned into the catalog's
// product cards, keeping only what a shopper can buy now. Never recommended: a product that is
// not active (draft, archived), one with no variant in stock, or one in `exclude` (the product
// itself, what is already in the cart or already chosen).

export function idList(ids: readonly number[]): SQL {
  return sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
}

/** `ranking` selects `product_id` and `score` columns; higher scores come first. */
export async function rankedCards(
  db: DbOrTx,
  ranking: SQL,
  options: { exclude?: readonly number[]; limit: number },
): Promise<ProductCard[]> {
  if (options.limit <= 0) return [];
  const exclude = options.exclude?.length ? sql`AND p.id NOT IN (${idList(options.exclude)})` : sql``;
  const rows = await selectRows<CardRow & { score: number }>(
    db,
    sql`SELECT c.*, img.* FROM (
          SELECT ${cardColumns}, r.score
          FROM ${cardSource}
          JOIN (${ranking}) r ON r.product_id = p.id
          WHERE p.status = 'active' AND s.in_stock ${exclude}
          ORDER BY r.score DESC, p.id
          LIMIT ${options.limit}
        ) c
        ${firstImageJoin(sql`c`)}
        ORDER BY c.score DESC, c.id`,
  );
  return rows.map(toProductCard);
}

/** Fills `first` up to `limit` with `more()`, which is told what to leave out. */
export async function topUp(
  first: ProductCard[],
  limit: number,
  more: (exclude: number[], missing: number) => Promise<ProductCard[]>,
  exclude: readonly number[] = [],
): Promise<ProductCard[]> {
  if (first.length >= limit) return first.slice(0, limit);
  const extra = await more([...exclude, ...first.map((p) => p.id)], limit - first.length);
  return [...first, ...extra];
}
