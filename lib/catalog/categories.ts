import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import { categories } from "@/db/schema";
import { type ImageColumns, toImage, toIso } from "./rows";
import type { CategoryLink, CategoryNode, CategoryPage, CategoryTile, SitemapEntry } from "./types";

// A breadcrumb longer than this is cut short (the tree is never this deep in practice).
const MAX_DEPTH = 32;

/** Every category as a tree, siblings by position then name. */
export async function queryCategoryTree(db: DbOrTx): Promise<CategoryNode[]> {
  const rows = await db
    .select({ id: categories.id, parentId: categories.parentId, slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name), asc(categories.id));
  const nodes = new Map<number, CategoryNode>(
    rows.map((r) => [r.id, { id: r.id, slug: r.slug, name: r.name, children: [] }]),
  );
  const roots: CategoryNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Ancestors of a category, root first, ending with the category itself. */
export async function queryCategoryTrail(db: DbOrTx, categoryId: number): Promise<CategoryLink[]> {
  // UNION, not UNION ALL: each category is returned once, so a parent cycle in bad data ends
  // the recursion; the chain is then ordered here by following parent ids.
  const rows = await selectRows<{ id: number; parentId: number | null; slug: string; name: string }>(
    db,
    sql`WITH RECURSIVE trail AS (
          SELECT id, parent_id, slug, name FROM categories WHERE id = ${categoryId}
          UNION
          SELECT c.id, c.parent_id, c.slug, c.name
          FROM categories c JOIN trail t ON c.id = t.parent_id
        )
        SELECT id, parent_id AS "parentId", slug, name FROM trail`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const chain: CategoryLink[] = [];
  const seen = new Set<number>();
  for (
    let at = byId.get(categoryId);
    at && !seen.has(at.id) && chain.length < MAX_DEPTH;
    at = at.parentId === null ? undefined : byId.get(at.parentId)
  ) {
    seen.add(at.id);
    chain.unshift({ slug: at.slug, name: at.name });
  }
  return chain;
}

export async function queryCategoryBySlug(db: DbOrTx, slug: string): Promise<CategoryPage | null> {
  const [category] = await db
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .where(eq(categories.slug, slug))
    .limit(1);
  if (!category) return null;
  const [trail, children] = await Promise.all([
    queryCategoryTrail(db, category.id),
    db
      .select({ slug: categories.slug, name: categories.name })
      .from(categories)
      .where(eq(categories.parentId, category.id))
      .orderBy(asc(categories.position), asc(categories.name), asc(categories.id)),
  ]);
  return { ...category, trail, children };
}

type TileRow = ImageColumns & { slug: string; name: string; description: string; productCount: number };

/**
 * Root categories for the home page, each with its active product count across the whole
 * subtree and an image from one of those products (featured first, then newest).
 */
export async function queryTopCategories(db: DbOrTx): Promise<CategoryTile[]> {
  const rows = await selectRows<TileRow>(
    db,
    sql`WITH RECURSIVE tree AS (
          SELECT id, id AS root_id FROM categories WHERE parent_id IS NULL
          UNION
          SELECT c.id, t.root_id FROM categories c JOIN tree t ON c.parent_id = t.id
        ),
        live AS (
          SELECT p.id, p.featured, p.created_at, t.root_id
          FROM products p JOIN tree t ON p.category_id = t.id
          WHERE p.status = 'active'
        )
        SELECT r.slug, r.name, r.description,
          (SELECT count(*)::int FROM live WHERE live.root_id = r.id) AS "productCount",
          img.*
        FROM categories r
        LEFT JOIN LATERAL (
          SELECT pi.path AS "imagePath", pi.alt AS "imageAlt", pi.width AS "imageWidth", pi.height AS "imageHeight"
          FROM live JOIN product_images pi ON pi.product_id = live.id
          WHERE live.root_id = r.id
          ORDER BY live.featured DESC, live.created_at DESC, live.id, pi.position, pi.id
          LIMIT 1
        ) img ON true
        WHERE r.parent_id IS NULL
        ORDER BY r.position, r.name, r.id`,
  );
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    description: row.description,
    productCount: Number(row.productCount),
    image: toImage(row),
  }));
}

export async function queryCategorySitemap(db: DbOrTx): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: categories.slug, updatedAt: categories.updatedAt })
    .from(categories)
    .orderBy(asc(categories.slug));
  return rows.map((r) => ({ slug: r.slug, updatedAt: toIso(r.updatedAt) }));
}
