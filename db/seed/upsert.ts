import { getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { categories } from "@/db/schema";
import type { SeedCategory } from "./data";

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `excluded.<column>`: the value the conflicting INSERT proposed. */
function excluded(column: PgColumn): SQL {
  const name = column.keyAsName ? snake(column.name) : column.name;
  return sql.raw(`excluded."${name}"`);
}

/**
 * The `set` and `setWhere` of an ON CONFLICT … DO UPDATE that copies `keys` from the
 * proposed row only when one of them differs, so a re-seed writes nothing and leaves
 * updated_at alone on rows that already match the seed data.
 */
export function updateIfChanged<T extends PgTable>(table: T, keys: (keyof T["_"]["columns"] & string)[]) {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const picked = keys.map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`Unknown column ${key}`);
    return [key, column] as const;
  });
  const set: Record<string, SQL> = Object.fromEntries(picked.map(([key, column]) => [key, excluded(column)]));
  if (columns.updatedAt) set.updatedAt = sql`now()`;
  const current = picked.map(([, column]) => column);
  return {
    set,
    setWhere: sql`(${sql.join(current, sql`, `)}) is distinct from (${sql.join(current.map(excluded), sql`, `)})`,
  };
}

function depthOf(category: SeedCategory, bySlug: Map<string, SeedCategory>): number {
  let depth = 0;
  for (let c = category; c.parent; depth++) {
    const parent = bySlug.get(c.parent);
    if (!parent || depth > bySlug.size) throw new Error(`Seed category ${c.slug} has a bad parent: ${c.parent}`);
    c = parent;
  }
  return depth;
}

/** Upserts categories by slug, a tree level at a time so parent ids are known, and returns slug → id. */
export async function upsertCategories(tx: Tx, list: SeedCategory[]): Promise<Map<string, number>> {
  const bySlug = new Map(list.map((c) => [c.slug, c]));
  const levels: { category: SeedCategory; position: number }[][] = [];
  list.forEach((category, position) => (levels[depthOf(category, bySlug)] ??= []).push({ category, position }));

  const ids = new Map<string, number>();
  for (const level of levels) {
    const rows = level.map(({ category, position }) => ({
      slug: category.slug,
      name: category.name,
      description: category.description,
      parentId: category.parent ? (ids.get(category.parent) ?? null) : null,
      position,
    }));
    await tx
      .insert(categories)
      .values(rows)
      .onConflictDoUpdate({
        target: categories.slug,
        ...updateIfChanged(categories, ["name", "description", "parentId", "position"]),
      });
    const saved = await tx
      .select({ id: categories.id, slug: categories.slug })
      .from(categories)
      .where(
        inArray(
          categories.slug,
          rows.map((r) => r.slug),
        ),
      );
    for (const row of saved) ids.set(row.slug, row.id);
  }
  return ids;
}
