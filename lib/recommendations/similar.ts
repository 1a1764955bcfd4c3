import "server-only";
import { sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import type { ProductCard } from "@/lib/catalog";
import { meilisearchSimilarIds } from "./meilisearch-similar";
import { idList, rankedCards, topUp } from "./ranked-cards";

// "Similar products" on Postgres: other products of the same category, ranked by what their
// search documents (db/schema/search.ts) share with this one: the words of the whole document
// (name, brand, options, specifications, description; Jaccard over its lexemes), the name's
// trigram similarity (pg_trgm, installed by migration 0000 for search), the in-stock option
// values ("size:m", "colour:black") and the brand. Computed per category, so a category of a
// few hundred products costs one pass; the result is cached with the product page.

export function querySimilarProducts(
  db: DbOrTx,
  productId: number,
  limit = 4,
  exclude: readonly number[] = [],
): Promise<ProductCard[]> {
  const ranking = sql`
    SELECT d.product_id,
           0.45 * shared.words + 0.25 * similarity(d.name_text, me.name_text)
           + 0.2 * shared.options + CASE WHEN d.brand = me.brand AND me.brand <> '' THEN 0.1 ELSE 0 END AS score
    FROM search_documents me
    JOIN products mp ON mp.id = me.product_id
    JOIN products op ON op.category_id = mp.category_id AND op.id <> mp.id
    JOIN search_documents d ON d.product_id = op.id
    CROSS JOIN LATERAL (
      SELECT
        (SELECT count(*) FROM (
           SELECT unnest(tsvector_to_array(me.document)) INTERSECT SELECT unnest(tsvector_to_array(d.document))
         ) w)::float8
          / greatest(1, (SELECT count(*) FROM (
           SELECT unnest(tsvector_to_array(me.document)) UNION SELECT unnest(tsvector_to_array(d.document))
         ) w)) AS words,
        (SELECT count(*) FROM (SELECT unnest(me.option_values) INTERSECT SELECT unnest(d.option_values)) o)::float8
          / greatest(1, cardinality(me.option_values)) AS options
    ) shared
    WHERE me.product_id = ${productId}`;
  return rankedCards(db, ranking, { exclude: [productId, ...exclude], limit });
}

/** Meilisearch's answer where it can give one (meilisearch-similar.ts), topped up from Postgres. */
export async function querySimilar(db: DbOrTx, productId: number, limit = 4): Promise<ProductCard[]> {
  const [category] = await selectRows<{ slug: string }>(
    db,
    sql`SELECT c.slug FROM products p JOIN categories c ON c.id = p.category_id WHERE p.id = ${productId}`,
  );
  const ids = await meilisearchSimilarIds(productId, category?.slug ?? null, limit * 3);
  if (!ids?.length) return querySimilarProducts(db, productId, limit);
  const ranking = sql`
    SELECT m.product_id, -m.position AS score
    FROM unnest(ARRAY[${idList(ids)}]::int[]) WITH ORDINALITY AS m(product_id, position)`;
  const found = await rankedCards(db, ranking, { exclude: [productId], limit });
  return topUp(found, limit, (exclude, missing) => querySimilarProducts(db, productId, missing, exclude));
}
