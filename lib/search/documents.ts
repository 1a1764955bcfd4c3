import { sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import { categories, type Specification } from "@/db/schema";
import { mediaUrl } from "@/lib/storage";
import { priceBucketOf } from "./price-buckets";
import type { SearchDocument } from "./types";

// Builds search documents from the catalog tables. Not a page read (no "server-only"): the
// reindex script and the benchmark run it outside Next. Only active products with at least
// one variant are searchable, the same rule as the catalog's listings.

export const DOCUMENT_BATCH_SIZE = 500;
// Long descriptions add little to ranking but weigh on the index and every Meilisearch write.
const MAX_DESCRIPTION_LENGTH = 2000;

type Row = {
  id: number;
  slug: string;
  name: string;
  brand: string;
  description: string;
  specifications: Specification[] | string;
  featured: boolean;
  createdAt: Date | string;
  categoryId: number | null;
  priceAmount: number;
  compareAtAmount: number | null;
  currency: string;
  inStock: boolean;
  optionValues: string[] | null;
  stockedOptions: string[] | null;
  reviewCount: number | null;
  ratingSum: number | null;
  imagePath: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
};

type CategoryInfo = { slug: string; name: string; parentId: number | null };

async function loadCategories(db: DbOrTx): Promise<Map<number, CategoryInfo>> {
  const rows = await db
    .select({ id: categories.id, slug: categories.slug, name: categories.name, parentId: categories.parentId })
    .from(categories);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Root first, ending with the category; stops at a parent cycle in bad data. */
function trailOf(categoryId: number | null, byId: Map<number, CategoryInfo>): CategoryInfo[] {
  const trail: CategoryInfo[] = [];
  const seen = new Set<number>();
  for (let id = categoryId; id !== null && !seen.has(id);) {
    const category = byId.get(id);
    if (!category) break;
    seen.add(id);
    trail.unshift(category);
    id = category.parentId;
  }
  return trail;
}

/** The average of the published reviews (product_ratings), null without any. */
function ratingOf(row: Row): { ratingAverage: number | null; reviewCount: number } {
  const count = Number(row.reviewCount ?? 0);
  return { ratingAverage: count > 0 ? Number(row.ratingSum) / count : null, reviewCount: count };
}

function toDocument(row: Row, byId: Map<number, CategoryInfo>): SearchDocument {
  const currency = row.currency.trim();
  const specs: Specification[] =
    typeof row.specifications === "string" ? JSON.parse(row.specifications) : row.specifications;
  const trail = trailOf(row.categoryId, byId);
  const path = row.imagePath;
  return {
    id: Number(row.id),
    slug: row.slug,
    name: row.name,
    brand: row.brand,
    description: row.description.slice(0, MAX_DESCRIPTION_LENGTH),
    categorySlugs: trail.map((c) => c.slug),
    categoryNames: trail.map((c) => c.name),
    optionValues: row.optionValues ?? [],
    stockedOptions: [...(row.stockedOptions ?? [])].sort(),
    ...ratingOf(row),
    specValues: specs.map((s) => s.value),
    priceAmount: Number(row.priceAmount),
    compareAtAmount: row.compareAtAmount === null ? null : Number(row.compareAtAmount),
    currency,
    priceBucket: priceBucketOf(Number(row.priceAmount), currency),
    inStock: Boolean(row.inStock),
    featured: Boolean(row.featured),
    image: path
      ? {
          url: path.startsWith("/") ? path : mediaUrl(path),
          alt: row.imageAlt ?? "",
          width: Number(row.imageWidth) || 1,
          height: Number(row.imageHeight) || 1,
        }
      : null,
    createdAt: new Date(row.createdAt).getTime(),
  };
}

function selectDocuments(where: ReturnType<typeof sql>, limit: number) {
  return sql`
    SELECT p.id, p.slug, p.name, p.brand, p.description, p.specifications, p.featured,
      p.created_at AS "createdAt", p.category_id AS "categoryId",
      v.price_amount AS "priceAmount", v.compare_at_amount AS "compareAtAmount", v.currency,
      s.in_stock AS "inStock", s.option_values AS "optionValues", s.stocked_options AS "stockedOptions",
      r.review_count AS "reviewCount", r.rating_sum AS "ratingSum",
      img.path AS "imagePath", img.alt AS "imageAlt", img.width AS "imageWidth", img.height AS "imageHeight"
    FROM products p
    JOIN LATERAL (
      SELECT pv.price_amount, pv.compare_at_amount, pv.currency FROM product_variants pv
      WHERE pv.product_id = p.id ORDER BY pv.price_amount, pv.position, pv.id LIMIT 1
    ) v ON true
    JOIN LATERAL (
      SELECT bool_or(pv.stock > 0) AS in_stock,
        array_remove(array_agg(DISTINCT o.value), NULL) AS option_values,
        array_remove(array_agg(DISTINCT lower(trim(o.key) || ':' || trim(o.value))) FILTER (WHERE pv.stock > 0), NULL)
          AS stocked_options
      FROM product_variants pv LEFT JOIN LATERAL jsonb_each_text(pv.options) o ON true
      WHERE pv.product_id = p.id
    ) s ON true
    LEFT JOIN product_ratings r ON r.product_id = p.id
    LEFT JOIN LATERAL (
      SELECT pi.path, pi.alt, pi.width, pi.height FROM product_images pi
      WHERE pi.product_id = p.id ORDER BY pi.position, pi.id LIMIT 1
    ) img ON true
    WHERE p.status = 'active' AND ${where}
    ORDER BY p.id
    LIMIT ${limit}`;
}

/** Documents for these products; a product that is missing or not searchable is left out. */
export async function loadSearchDocuments(db: DbOrTx, productIds: number[]): Promise<SearchDocument[]> {
  if (productIds.length === 0) return [];
  const ids = sql.join(
    productIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const [rows, byId] = await Promise.all([
    selectRows<Row>(db, selectDocuments(sql`p.id IN (${ids})`, productIds.length)),
    loadCategories(db),
  ]);
  return rows.map((row) => toDocument(row, byId));
}

/** Every searchable product, in id order, DOCUMENT_BATCH_SIZE at a time. */
export async function* allSearchDocuments(
  db: DbOrTx,
  batchSize = DOCUMENT_BATCH_SIZE,
): AsyncGenerator<SearchDocument[]> {
  const byId = await loadCategories(db);
  let after = 0;
  for (;;) {
    const rows = await selectRows<Row>(db, selectDocuments(sql`p.id > ${after}`, batchSize));
    if (rows.length === 0) return;
    yield rows.map((row) => toDocument(row, byId));
    after = Number(rows.at(-1)!.id);
    if (rows.length < batchSize) return;
  }
}

/** How many products a full rebuild will index, for the progress bar. */
export async function countSearchableProducts(db: DbOrTx): Promise<number> {
  const [row] = await selectRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM products p
        WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM product_variants pv WHERE pv.product_id = p.id)`,
  );
  return Number(row?.count ?? 0);
}
