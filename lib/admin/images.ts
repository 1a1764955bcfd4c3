import { and, asc, eq, inArray } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "@/db";
import { productImages, products } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { mediaStorage, MAX_IMAGE_BYTES, detectImageType, freshMediaKey } from "@/lib/storage";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { AdminError } from "./errors";

async function productOf(db: Db, productId: number) {
  const [row] = await db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(eq(products.id, productId));
  if (!row) throw new AdminError("This product no longer exists.");
  return row;
}

/**
 * Removes the files of these keys that no image row refers to any more. Call it only after the
 * transaction that deleted the rows has committed: a rolled-back delete must keep its file.
 * Seeded products share pictures, so a key still in use elsewhere is kept. It never throws: the
 * change has already happened, and a file left behind is harmless, so a failure is only logged.
 */
export async function removeUnusedImageFiles(db: Db, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    const used = new Set(
      (
        await db
          .selectDistinct({ path: productImages.path })
          .from(productImages)
          .where(inArray(productImages.path, keys))
      ).map((r) => r.path),
    );
    for (const key of new Set(keys)) {
      if (!used.has(key))
        await mediaStorage
          .delete(key)
          .catch((error: unknown) => console.error(`[media] could not delete ${key}; the file is left unused:`, error));
    }
  } catch (error) {
    console.error(`[media] could not check whether ${keys.join(", ")} are still in use; the files are left:`, error);
  }
}

/**
 * Stores an uploaded image under a fresh key, then records it. The file is written before
 * the row, so no row ever points at nothing; if recording fails, the new file is removed.
 */
export async function addProductImage(
  db: Db,
  actor: Actor,
  input: { productId: number; bytes: Uint8Array; alt: string },
) {
  assertStaff(actor);
  if (input.bytes.byteLength === 0)
    throw new AdminError("Please correct the highlighted fields.", { image: ["Choose an image file."] });
  if (input.bytes.byteLength > MAX_IMAGE_BYTES)
    throw new AdminError("Please correct the highlighted fields.", { image: ["The image must be 5 MB or smaller."] });
  const kind = detectImageType(input.bytes);
  if (!kind)
    throw new AdminError("Please correct the highlighted fields.", {
      image: ["Upload a JPEG, PNG, WebP, GIF or AVIF image."],
    });
  const meta = await sharp(input.bytes)
    .metadata()
    .catch(() => null);
  if (!meta?.width || !meta.height)
    throw new AdminError("Please correct the highlighted fields.", { image: ["This image file is damaged."] });
  const product = await productOf(db, input.productId);
  const key = freshMediaKey(`products/${product.id}`, kind.ext);
  await mediaStorage.put(key, Buffer.from(input.bytes), kind.contentType);
  return recordNewImage(db, actor, { product, key, alt: input.alt, width: meta.width, height: meta.height }).catch(
    async (error: unknown) => {
      // Checked, not assumed: if the commit went through and only its answer was lost, the new
      // row keeps its file.
      await removeUnusedImageFiles(db, [key]);
      throw error;
    },
  );
}

type NewImage = { product: { id: number; slug: string }; key: string; alt: string; width: number; height: number };

async function recordNewImage(db: Db, actor: Actor, { product, key, alt, width, height }: NewImage) {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ position: productImages.position })
      .from(productImages)
      .where(eq(productImages.productId, product.id));
    const position = existing.reduce((max, r) => Math.max(max, r.position + 1), 0);
    const [row] = await tx
      .insert(productImages)
      .values({ productId: product.id, path: key, alt, width, height, position })
      .returning();
    await recordAudit(tx, actor, { action: "product.image.add", entity: "product", entityId: product.id, after: row });
    await enqueueEvent(tx, "catalog/product.changed", { productId: product.id, slug: product.slug, change: "updated" });
    return { slug: product.slug };
  });
}

export async function updateProductImage(
  db: Db,
  actor: Actor,
  input: { imageId: number; op: "up" | "down" | "delete" },
) {
  assertStaff(actor);
  const { slug, removedKey } = await db.transaction(async (tx) => {
    const [image] = await tx.select().from(productImages).where(eq(productImages.id, input.imageId));
    if (!image) throw new AdminError("This image no longer exists.");
    const [product] = await tx.select({ slug: products.slug }).from(products).where(eq(products.id, image.productId));
    if (input.op === "delete") {
      await tx.delete(productImages).where(eq(productImages.id, image.id));
    } else {
      const order = (
        await tx
          .select({ id: productImages.id })
          .from(productImages)
          .where(eq(productImages.productId, image.productId))
          .orderBy(asc(productImages.position), asc(productImages.id))
      ).map((r) => r.id);
      const at = order.indexOf(image.id);
      const to = input.op === "up" ? at - 1 : at + 1;
      if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to]!, order[at]!];
      for (const [position, id] of order.entries())
        await tx
          .update(productImages)
          .set({ position })
          .where(and(eq(productImages.id, id), eq(productImages.productId, image.productId)));
    }
    await recordAudit(tx, actor, {
      action: `product.image.${input.op}`,
      entity: "product",
      entityId: image.productId,
      before: image,
    });
    await enqueueEvent(tx, "catalog/product.changed", {
      productId: image.productId,
      slug: product?.slug,
      change: "updated",
    });
    return { slug: product?.slug ?? "", removedKey: input.op === "delete" ? image.path : null };
  });
  if (removedKey) await removeUnusedImageFiles(db, [removedKey]);
  return { slug };
}

/** Changes an image's alt text (what screen readers and search engines get). */
export async function updateProductImageAlt(db: Db, actor: Actor, input: { imageId: number; alt: string }) {
  assertStaff(actor);
  return db.transaction(async (tx) => {
    const [image] = await tx.select().from(productImages).where(eq(productImages.id, input.imageId));
    if (!image) throw new AdminError("This image no longer exists.");
    const [after] = await tx
      .update(productImages)
      .set({ alt: input.alt })
      .where(eq(productImages.id, image.id))
      .returning();
    const [product] = await tx.select({ slug: products.slug }).from(products).where(eq(products.id, image.productId));
    await recordAudit(tx, actor, {
      action: "product.image.alt",
      entity: "product",
      entityId: image.productId,
      before: image,
      after,
    });
    await enqueueEvent(tx, "catalog/product.changed", {
      productId: image.productId,
      slug: product?.slug,
      change: "updated",
    });
    return { slug: product?.slug ?? "" };
  });
}
