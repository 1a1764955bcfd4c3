import "server-only";
import { and, asc, count, desc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { categories, productImages, products, productVariants, stockAdjustments } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { pageOf } from "@/lib/paging";
import type { AdminProductImage } from "./types";

// Admin reads: never cached (staff must see their own writes) and each checks the caller,
// because a page is not the only way to reach a read.

export const ADMIN_PAGE_SIZE = 25;
export type ProductStatusFilter = "draft" | "active" | "archived" | "all";

export async function listAdminProducts(query: {
  q?: string;
  status?: ProductStatusFilter;
  categoryId?: number;
  page?: number;
}) {
  await requireStaff("/admin/products");
  const where: SQL[] = [];
  if (query.status && query.status !== "all") where.push(eq(products.status, query.status));
  // A category means it and everything below it, as on the storefront.
  if (query.categoryId) {
    where.push(
      sql`${products.categoryId} in (with recursive sub as (select id from categories where id = ${query.categoryId} union select c.id from categories c join sub on c.parent_id = sub.id) select id from sub)`,
    );
  }
  const q = query.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        ilike(products.name, like),
        ilike(products.slug, like),
        ilike(products.brand, like),
        sql`exists (select 1 from ${productVariants} where ${productVariants.productId} = ${products.id} and ${productVariants.sku} ilike ${like})`,
      )!,
    );
  }
  const filter = where.length ? and(...where) : undefined;
  const [counted] = await db.select({ n: count() }).from(products).where(filter);
  const total = counted?.n ?? 0;
  const { page, pageCount, offset } = pageOf({ page: query.page, pageSize: ADMIN_PAGE_SIZE, total });
  const rows = await db
    .select({
      id: products.id,
      name: products.name,
      slug: products.slug,
      status: products.status,
      featured: products.featured,
      category: categories.name,
      updatedAt: products.updatedAt,
      variants: sql<number>`(select count(*)::int from ${productVariants} where ${productVariants.productId} = ${products.id})`,
      stock: sql<number>`(select coalesce(sum(${productVariants.stock}), 0)::int from ${productVariants} where ${productVariants.productId} = ${products.id})`,
    })
    .from(products)
    .leftJoin(categories, eq(categories.id, products.categoryId))
    .where(filter)
    .orderBy(desc(products.updatedAt), desc(products.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  return { rows, total, page, pageCount };
}

export async function getAdminProduct(id: number) {
  await requireStaff(`/admin/products/${id}`);
  const [product] = await db.select().from(products).where(eq(products.id, id));
  if (!product) return null;
  const [variants, images] = await Promise.all([
    db
      .select()
      .from(productVariants)
      .where(eq(productVariants.productId, id))
      .orderBy(asc(productVariants.position), asc(productVariants.id)),
    db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, id))
      .orderBy(asc(productImages.position), asc(productImages.id)),
  ]);
  return { product, variants, images: photosOf(images, variants) };
}

/** A file assigned to several variants is stored once per variant; staff see it once, with whom it leads for. */
function photosOf(
  rows: (typeof productImages.$inferSelect)[],
  variants: { id: number; title: string }[],
): AdminProductImage[] {
  const byPath = new Map<string, AdminProductImage>();
  for (const row of rows) {
    const key = `${row.position}:${row.path}`;
    const photo = byPath.get(key) ?? { ...row, shownFor: [] as string[] };
    byPath.set(key, photo);
    const title = variants.find((v) => v.id === row.variantId)?.title;
    if (title) photo.shownFor.push(title);
  }
  return [...byPath.values()].map(({ id, path, alt, width, height, shownFor }) => ({
    id,
    path,
    alt,
    width,
    height,
    shownFor,
  }));
}

/** Every category as an indented flat list (for selects and the category tree page). */
export async function listCategoryTree() {
  await requireStaff("/admin/categories");
  const rows = await db
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      parentId: categories.parentId,
      position: categories.position,
      products: sql<number>`(select count(*)::int from products p where p.category_id = "categories"."id")`,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name));
  const out: ((typeof rows)[number] & { depth: number; path: string })[] = [];
  const walk = (parentId: number | null, depth: number, prefix: string) => {
    for (const row of rows.filter((r) => r.parentId === parentId)) {
      const path = prefix ? `${prefix} › ${row.name}` : row.name;
      out.push({ ...row, depth, path });
      walk(row.id, depth + 1, path);
    }
  };
  walk(null, 0, "");
  return out;
}

export async function listLowStock(threshold: number, limit = 100) {
  await requireStaff("/admin/stock");
  return db
    .select({
      variantId: productVariants.id,
      sku: productVariants.sku,
      title: productVariants.title,
      stock: productVariants.stock,
      productId: products.id,
      productName: products.name,
      status: products.status,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(sql`${productVariants.stock} <= ${threshold}`, sql`${products.status} <> 'archived'`))
    .orderBy(asc(productVariants.stock), asc(productVariants.sku))
    .limit(limit);
}

export async function listStockHistory(variantId: number, limit = 50) {
  await requireStaff("/admin/stock");
  return db
    .select()
    .from(stockAdjustments)
    .where(eq(stockAdjustments.variantId, variantId))
    .orderBy(desc(stockAdjustments.createdAt), desc(stockAdjustments.id))
    .limit(limit);
}
