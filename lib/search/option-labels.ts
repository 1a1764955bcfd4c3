import { sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";

// Facet values are lower-cased pairs ("size:m"); shoppers read them as the catalog spells
// them ("Size", "M"). One row per pair, from the variants of active products.

export type OptionLabel = { option: string; value: string };

export async function queryOptionLabels(db: DbOrTx): Promise<Record<string, OptionLabel>> {
  const rows = await selectRows<{ pair: string; option: string; value: string }>(
    db,
    sql`SELECT DISTINCT ON (pair) pair, option, value FROM (
          SELECT lower(trim(o.key) || ':' || trim(o.value)) AS pair, trim(o.key) AS option, trim(o.value) AS value
          FROM product_variants pv JOIN products p ON p.id = pv.product_id, jsonb_each_text(pv.options) o
          WHERE p.status = 'active'
        ) o
        ORDER BY pair, option, value`,
  );
  return Object.fromEntries(rows.map((r) => [r.pair, { option: r.option, value: r.value }]));
}
