import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { type Db, selectRows, type Tx } from "@/db";
import { categories, products } from "@/db/schema";
import { isValidSlug, slugify } from "@/lib/catalog";
import { enqueueEvents } from "@/lib/events";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { AdminError, isUniqueViolation } from "./errors";

const CATEGORY_TREE_LOCK = 0xca7_7ee;

export type CategoryChangeResult = { id: number; categorySlugs: string[] };

async function load(tx: Tx, id: number) {
  const [row] = await tx.select().from(categories).where(eq(categories.id, id));
  if (!row) throw new AdminError("This category no longer exists.");
  return row;
}

const siblingsOf = (parentId: number | null) =>
  parentId === null ? isNull(categories.parentId) : eq(categories.parentId, parentId);

function slugFor(name: string, slug: string | undefined): string {
  const value = slug?.trim() || slugify(name);
  if (!isValidSlug(value))
    throw new AdminError("Please correct the highlighted fields.", {
      slug: ["Use lowercase letters, digits and single hyphens."],
    });
  return value;
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "categories_slug_key"))
      throw new AdminError("Please correct the highlighted fields.", { slug: ["Another category uses this slug."] });
    throw error;
  }
}

/**
 * The search index stores each product's category path, so renaming or moving a category
 * re-indexes every product in it and below it: one catalog event per product, in the
 * caller's transaction.
 */
async function reindexSubtree(tx: Tx, id: number): Promise<void> {
  const rows = await selectRows<{ id: number; slug: string }>(
    tx,
    // UNION, not UNION ALL: a category already walked is not walked again, so even a parent
    // cycle in bad data ends the recursion instead of looping forever.
    sql`with recursive sub as (select id from categories where id = ${id} union select c.id from categories c join sub on c.parent_id = sub.id)
        select p.id, p.slug from products p where p.category_id in (select id from sub)`,
  );
  await enqueueEvents(
    tx,
    "catalog/product.changed",
    rows.map((row) => ({ productId: row.id, slug: row.slug, change: "updated" as const })),
  );
}

export async function createCategory(
  db: Db,
  actor: Actor,
  input: { name: string; slug?: string; parentId: number | null },
): Promise<CategoryChangeResult> {
  assertStaff(actor);
  const slug = slugFor(input.name, input.slug);
  return guard(() =>
    db.transaction(async (tx) => {
      if (input.parentId !== null) await load(tx, input.parentId);
      const [{ next } = { next: 0 }] = await tx
        .select({ next: sql<number>`coalesce(max(${categories.position}) + 1, 0)::int` })
        .from(categories)
        .where(siblingsOf(input.parentId));
      const [row] = await tx
        .insert(categories)
        .values({ name: input.name, slug, parentId: input.parentId, position: next })
        .returning();
      await recordAudit(tx, actor, { action: "category.create", entity: "category", entityId: row!.id, after: row });
      return { id: row!.id, categorySlugs: [slug] };
    }),
  );
}

export async function renameCategory(
  db: Db,
  actor: Actor,
  id: number,
  input: { name: string; slug?: string },
): Promise<CategoryChangeResult> {
  assertStaff(actor);
  const slug = slugFor(input.name, input.slug);
  return guard(() =>
    db.transaction(async (tx) => {
      const before = await load(tx, id);
      const [after] = await tx
        .update(categories)
        .set({ name: input.name, slug, updatedAt: new Date() })
        .where(eq(categories.id, id))
        .returning();
      await recordAudit(tx, actor, { action: "category.rename", entity: "category", entityId: id, before, after });
      await reindexSubtree(tx, id);
      return { id, categorySlugs: [...new Set([before.slug, slug])] };
    }),
  );
}

/** Moves a category under another (or to the top); refuses moving it under itself or its own descendants. */
export async function moveCategory(
  db: Db,
  actor: Actor,
  id: number,
  parentId: number | null,
): Promise<CategoryChangeResult> {
  assertStaff(actor);
  return db.transaction(async (tx) => {
    // One move at a time: two moves that each pass the cycle check on their own (A under B,
    // B under A) would together make a cycle. Held until commit, so the next move's walk
    // below sees this one's new parent.
    await tx.execute(sql`select pg_advisory_xact_lock(${CATEGORY_TREE_LOCK})`);
    const before = await load(tx, id);
    // Walk up from the new parent: meeting the category itself means the move makes a cycle.
    for (let at: number | null = parentId, hops = 0; at !== null; hops++) {
      if (at === id || hops > 1000)
        throw new AdminError("A category cannot move under itself or one of its subcategories.", {
          parentId: ["Choose a category outside this one."],
        });
      at = (await load(tx, at)).parentId;
    }
    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${categories.position}) + 1, 0)::int` })
      .from(categories)
      .where(siblingsOf(parentId));
    const [after] = await tx
      .update(categories)
      .set({ parentId, position: next, updatedAt: new Date() })
      .where(eq(categories.id, id))
      .returning();
    await recordAudit(tx, actor, { action: "category.move", entity: "category", entityId: id, before, after });
    await reindexSubtree(tx, id);
    return { id, categorySlugs: [before.slug] };
  });
}

/** Swaps a category with its previous or next sibling; positions are renumbered 0..n first. */
export async function reorderCategory(
  db: Db,
  actor: Actor,
  id: number,
  direction: "up" | "down",
): Promise<CategoryChangeResult> {
  assertStaff(actor);
  return db.transaction(async (tx) => {
    const row = await load(tx, id);
    const siblings = await tx
      .select({ id: categories.id })
      .from(categories)
      .where(siblingsOf(row.parentId))
      .orderBy(asc(categories.position), asc(categories.name));
    const order = siblings.map((s) => s.id);
    const at = order.indexOf(id);
    const to = direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= order.length) return { id, categorySlugs: [row.slug] };
    [order[at], order[to]] = [order[to]!, order[at]!];
    for (const [position, siblingId] of order.entries())
      await tx.update(categories).set({ position }).where(eq(categories.id, siblingId));
    await recordAudit(tx, actor, {
      action: "category.reorder",
      entity: "category",
      entityId: id,
      before: { position: at },
      after: { position: to },
    });
    return { id, categorySlugs: [row.slug] };
  });
}

/** Deletes a category with no subcategories and no products (archived ones count: they still point at it). */
export async function deleteCategory(db: Db, actor: Actor, id: number): Promise<CategoryChangeResult> {
  assertStaff(actor);
  return db.transaction(async (tx) => {
    const row = await load(tx, id);
    const [child] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.parentId, id)).limit(1);
    if (child) throw new AdminError("Move or delete its subcategories first.");
    const [product] = await tx
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.categoryId, id)))
      .limit(1);
    if (product) throw new AdminError("Move its products to another category first.");
    await tx.delete(categories).where(eq(categories.id, id));
    await recordAudit(tx, actor, {
      action: "category.delete",
      entity: "category",
      entityId: id,
      before: row,
      after: null,
    });
    return { id, categorySlugs: [row.slug] };
  });
}
