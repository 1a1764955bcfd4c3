import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { categories, orderLines, productImages, products, productVariants, stockAdjustments } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { env } from "@/lib/env";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { AdminError, isUniqueViolation } from "./errors";
import { removeUnusedImageFiles } from "./images";
import type { ProductInput } from "./product-input";
import { appliedBefore } from "./stock";
import { optionsFromVariants } from "./variant-matrix";

export type ProductChangeResult = { id: number; slugs: string[]; categorySlugs: string[] };

/** The product and its variants as JSON, for the audit log's before/after. */
export async function productSnapshot(tx: Db | Tx, id: number) {
  const [product] = await tx.select().from(products).where(eq(products.id, id));
  if (!product) return null;
  const variants = await tx
    .select()
    .from(productVariants)
    .where(eq(productVariants.productId, id))
    .orderBy(productVariants.position);
  return { ...product, variants };
}

async function categorySlug(tx: Tx, id: number | null): Promise<string | null> {
  if (id === null) return null;
  const [row] = await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, id));
  if (!row)
    throw new AdminError("Please correct the highlighted fields.", { categoryId: ["That category no longer exists."] });
  return row.slug;
}

function translateUnique(error: unknown): never {
  if (isUniqueViolation(error, "products_slug_key"))
    throw new AdminError("Please correct the highlighted fields.", { slug: ["Another product uses this slug."] });
  if (isUniqueViolation(error, "product_variants_sku_key"))
    throw new AdminError("Please correct the highlighted fields.", {
      variants: ["A SKU is already used by another product."],
    });
  if (isUniqueViolation(error, "stock_adjustments_idempotency_key_unique"))
    throw new AdminError("This form was just saved. Reload the page to see the product as it is now.");
  throw error;
}

/** Creates or updates a product with its variants, audited, with a catalog event, in one transaction. */
export async function saveProduct(
  db: Db,
  actor: Actor,
  id: number | null,
  input: ProductInput,
): Promise<ProductChangeResult> {
  assertStaff(actor);
  try {
    return await db.transaction(async (tx) => {
      const before = id === null ? null : await productSnapshot(tx, id);
      if (id !== null && !before) throw new AdminError("This product no longer exists.");
      const catSlug = await categorySlug(tx, input.categoryId);
      const fields = {
        name: input.name,
        slug: input.slug,
        brand: input.brand,
        description: input.description,
        specifications: input.specifications,
        status: input.status,
        featured: input.featured,
        categoryId: input.categoryId,
        options: input.options ?? optionsFromVariants(input.variants),
        updatedAt: new Date(),
      };
      const productId =
        id === null
          ? (await tx.insert(products).values(fields).returning({ id: products.id }))[0]!.id
          : (await tx.update(products).set(fields).where(eq(products.id, id)).returning({ id: products.id }))[0]!.id;
      await saveVariants(tx, actor, productId, input, before?.variants ?? []);
      const after = await productSnapshot(tx, productId);
      await recordAudit(tx, actor, {
        action: id === null ? "product.create" : "product.update",
        entity: "product",
        entityId: productId,
        before,
        after,
      });
      await enqueueEvent(tx, "catalog/product.changed", {
        productId,
        slug: input.slug,
        change: id === null ? "created" : "updated",
      });
      const oldCat = before?.categoryId ?? null;
      const categorySlugs = [
        catSlug,
        oldCat !== null && oldCat !== input.categoryId ? await categorySlug(tx, oldCat).catch(() => null) : null,
      ];
      return {
        id: productId,
        slugs: [...new Set([input.slug, before?.slug].filter((s): s is string => Boolean(s)))],
        categorySlugs: categorySlugs.filter((s): s is string => Boolean(s)),
      };
    });
  } catch (error) {
    return translateUnique(error);
  }
}

type ExistingVariant = { id: number; stock: number };

async function saveVariants(
  tx: Tx,
  actor: Actor,
  productId: number,
  { variants, formKey }: ProductInput,
  existing: ExistingVariant[],
) {
  const keep = variants.flatMap((v) => (v.id !== null ? [v.id] : []));
  for (const id of keep) {
    if (!existing.some((e) => e.id === id))
      throw new AdminError("A variant on this form belongs to another product; reload the page.");
  }
  const removed = existing.filter((e) => !keep.includes(e.id));
  if (removed.length) {
    // A variant someone ordered stays: its stock history and the order lines' link (used to
    // return stock on a cancel) would go with it. Locking the rows first makes a checkout
    // that is taking their stock finish before the check, or wait and then find them gone.
    const ids = removed.map((e) => e.id);
    await tx
      .select({ id: productVariants.id })
      .from(productVariants)
      .where(inArray(productVariants.id, ids))
      .for("update");
    const ordered = await tx
      .selectDistinct({ sku: productVariants.sku })
      .from(orderLines)
      .innerJoin(productVariants, eq(productVariants.id, orderLines.variantId))
      .where(inArray(orderLines.variantId, ids));
    if (ordered.length) {
      const skus = ordered
        .map((o) => o.sku)
        .sort()
        .join(", ");
      throw new AdminError("Please correct the highlighted fields.", {
        variants: [
          `${skus} ${ordered.length === 1 ? "has" : "have"} been ordered, so ${ordered.length === 1 ? "it stays" : "they stay"} on the product. To stop selling ${ordered.length === 1 ? "it" : "them"}, set the stock to 0 or archive the product.`,
        ],
      });
    }
    await tx.delete(productVariants).where(inArray(productVariants.id, ids));
  }
  // SKUs move between rows on reorder: park the kept rows' SKUs first so the unique key holds.
  if (keep.length)
    await tx
      .update(productVariants)
      .set({ sku: sql`'~' || ${productVariants.id}::text || '~' || ${productVariants.sku}` })
      .where(inArray(productVariants.id, keep));
  for (const [position, v] of variants.entries()) {
    const values = {
      sku: v.sku,
      title: v.title,
      options: v.options,
      priceAmount: v.priceAmount,
      compareAtAmount: v.compareAtAmount,
      position,
      currency: env.STORE_CURRENCY,
      ...(v.weightGrams != null ? { weightGrams: v.weightGrams } : {}),
      updatedAt: new Date(),
    };
    if (v.id === null) {
      const [row] = await tx
        .insert(productVariants)
        .values({ ...values, productId, stock: v.stock })
        .returning({ id: productVariants.id });
      if (v.stock > 0)
        await tx.insert(stockAdjustments).values({
          variantId: row!.id,
          delta: v.stock,
          stockAfter: v.stock,
          reason: "Initial stock",
          actorId: actor.id,
        });
      continue;
    }
    // Only the change typed on the form is applied, to the stock as it is now: checkouts since
    // the page loaded keep their units (docs/architecture.md, invariants). Guarded like a checkout.
    // The same form posted twice applies its change once.
    const stockKey = formKey ? `product:${formKey}:${v.id}` : undefined;
    const stockChange = v.stockChange !== 0 && (await appliedBefore(tx, stockKey)) ? 0 : v.stockChange;
    const [row] = await tx
      .update(productVariants)
      .set({ ...values, stock: sql`${productVariants.stock} + ${stockChange}` })
      .where(and(eq(productVariants.id, v.id), sql`${productVariants.stock} + ${stockChange} >= 0`))
      .returning({ stock: productVariants.stock });
    if (!row) {
      const [now] = await tx
        .select({ stock: productVariants.stock })
        .from(productVariants)
        .where(eq(productVariants.id, v.id));
      throw new AdminError("Please correct the highlighted fields.", {
        [`variantStock.${v.row}`]: [
          `Only ${now?.stock ?? 0} in stock now (orders came in since the page was loaded), so removing ${-stockChange} would go below 0. Reload the page.`,
        ],
      });
    }
    // A stock edit on the product form is still a stock change: it goes into the history.
    if (stockChange !== 0)
      await tx.insert(stockAdjustments).values({
        variantId: v.id,
        delta: stockChange,
        stockAfter: row.stock,
        reason: "Edited on the product form",
        actorId: actor.id,
        idempotencyKey: stockKey ?? null,
      });
  }
}

/** Publish (active), unpublish (draft) or archive. */
export async function setProductStatus(
  db: Db,
  actor: Actor,
  id: number,
  status: "draft" | "active" | "archived",
): Promise<ProductChangeResult> {
  assertStaff(actor);
  return db.transaction(async (tx) => {
    const before = await productSnapshot(tx, id);
    if (!before) throw new AdminError("This product no longer exists.");
    if (status === "active" && before.variants.length === 0)
      throw new AdminError("Add a variant with a price before publishing.");
    await tx.update(products).set({ status, updatedAt: new Date() }).where(eq(products.id, id));
    const after = await productSnapshot(tx, id);
    await recordAudit(tx, actor, {
      action: `product.status.${status}`,
      entity: "product",
      entityId: id,
      before,
      after,
    });
    await enqueueEvent(tx, "catalog/product.changed", { productId: id, slug: before.slug, change: "updated" });
    const cat = before.categoryId === null ? null : await categorySlug(tx, before.categoryId).catch(() => null);
    return { id, slugs: [before.slug], categorySlugs: cat ? [cat] : [] };
  });
}

/** Deletes a product nobody has ordered; one with orders is archived instead (order history links to it). */
export async function deleteOrArchiveProduct(
  db: Db,
  actor: Actor,
  id: number,
): Promise<ProductChangeResult & { deleted: boolean }> {
  assertStaff(actor);
  const outcome = await db.transaction(async (tx) => {
    const before = await productSnapshot(tx, id);
    if (!before) throw new AdminError("This product no longer exists.");
    const [ordered] = await tx
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(eq(orderLines.productId, id))
      .limit(1);
    const cat = before.categoryId === null ? null : await categorySlug(tx, before.categoryId).catch(() => null);
    const result = { id, slugs: [before.slug], categorySlugs: cat ? [cat] : [] };
    if (ordered) {
      await tx.update(products).set({ status: "archived", updatedAt: new Date() }).where(eq(products.id, id));
      await recordAudit(tx, actor, {
        action: "product.archive",
        entity: "product",
        entityId: id,
        before,
        after: await productSnapshot(tx, id),
      });
      await enqueueEvent(tx, "catalog/product.changed", { productId: id, slug: before.slug, change: "updated" });
      return { ...result, deleted: false, imageKeys: [] };
    }
    const images = await tx
      .select({ path: productImages.path })
      .from(productImages)
      .where(eq(productImages.productId, id));
    await tx.delete(products).where(eq(products.id, id));
    await recordAudit(tx, actor, { action: "product.delete", entity: "product", entityId: id, before, after: null });
    await enqueueEvent(tx, "catalog/product.changed", { productId: id, slug: before.slug, change: "deleted" });
    return { ...result, deleted: true, imageKeys: images.map((i) => i.path) };
  });
  // Files go only once the rows are gone for good (after the commit), and only if unshared.
  const { imageKeys, ...result } = outcome;
  await removeUnusedImageFiles(db, imageKeys);
  return result;
}
