import { and, asc, eq, inArray } from "drizzle-orm";
import sharp from "sharp";
import type { Db, Tx } from "@/db";
import { productImages, products, productVariants } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { mediaStorage, MAX_IMAGE_BYTES, detectImageType, freshMediaKey } from "@/lib/storage";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { AdminError } from "./errors";
import { log } from "@/lib/log";

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
          .catch((err: unknown) =>
            log.error({ err, module: "media" }, `could not delete ${key}; the file is left unused`),
          );
    }
  } catch (error) {
    log.error(
      { err: error, module: "media" },
      `could not check whether ${keys.join(", ")} are still in use; the files are left`,
    );
  }
}

type CheckedImage = { bytes: Uint8Array; ext: string; contentType: string; width: number; height: number };

/**
 * An upload as the store accepts it (size, type, readable), with its dimensions. Refusals name
 * `field`, so a form with several uploads shows each at its own input.
 */
export async function checkImage(bytes: Uint8Array, field = "image"): Promise<CheckedImage> {
  const refuse = (message: string) => new AdminError("Please correct the highlighted fields.", { [field]: [message] });
  if (bytes.byteLength === 0) throw refuse("Choose an image file.");
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw refuse("The image must be 5 MB or smaller.");
  const kind = detectImageType(bytes);
  if (!kind) throw refuse("Upload a JPEG, PNG, WebP, GIF or AVIF image.");
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null);
  if (!meta?.width || !meta.height) throw refuse("This image file is damaged.");
  return { bytes, ext: kind.ext, contentType: kind.contentType, width: meta.width, height: meta.height };
}

/**
 * Stores an uploaded image under a fresh key, then records it. The file is written before
 * the row, so no row ever points at nothing; if recording fails, the new file is removed.
 * `forOptions` ({ Colour: "Black" }) assigns it to every variant with those values: one row per
 * variant, the same file, which the product page shows as one photo leading for each of them.
 */
export async function addProductImage(
  db: Db,
  actor: Actor,
  input: { productId: number; bytes: Uint8Array; alt: string; forOptions?: Record<string, string> },
  field = "image",
) {
  assertStaff(actor);
  const image = await checkImage(input.bytes, field);
  const product = await productOf(db, input.productId);
  const key = freshMediaKey(`products/${product.id}`, image.ext);
  await mediaStorage.put(key, Buffer.from(image.bytes), image.contentType);
  const row = { product, key, alt: input.alt, width: image.width, height: image.height, forOptions: input.forOptions };
  return recordNewImage(db, actor, row).catch(async (error: unknown) => {
    // Checked, not assumed: if the commit went through and only its answer was lost, the new
    // row keeps its file.
    await removeUnusedImageFiles(db, [key]);
    throw error;
  });
}

type NewImage = {
  product: { id: number; slug: string };
  key: string;
  alt: string;
  width: number;
  height: number;
  forOptions?: Record<string, string> | undefined;
};

async function recordNewImage(db: Db, actor: Actor, { product, key, alt, width, height, forOptions }: NewImage) {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ position: productImages.position })
      .from(productImages)
      .where(eq(productImages.productId, product.id));
    const position = existing.reduce((max, r) => Math.max(max, r.position + 1), 0);
    const variantIds = forOptions ? await variantsWith(tx, product.id, forOptions) : [null];
    if (variantIds.length === 0)
      throw new AdminError("No variant of this product has those options; choose others or all variants.");
    const rows = await tx
      .insert(productImages)
      .values(
        variantIds.map((variantId) => ({ productId: product.id, path: key, alt, width, height, position, variantId })),
      )
      .returning();
    await recordAudit(tx, actor, { action: "product.image.add", entity: "product", entityId: product.id, after: rows });
    await enqueueEvent(tx, "catalog/product.changed", { productId: product.id, slug: product.slug, change: "updated" });
    return { slug: product.slug };
  });
}

async function variantsWith(tx: Tx, productId: number, values: Record<string, string>): Promise<number[]> {
  const rows = await tx
    .select({ id: productVariants.id, options: productVariants.options })
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
    .orderBy(asc(productVariants.position));
  return rows.filter((r) => Object.entries(values).every(([k, v]) => r.options[k] === v)).map((r) => r.id);
}

/** Every row of this image's upload (one per variant it was assigned to): its file at its place. */
const samePhoto = (image: { productId: number; path: string; position: number }) =>
  and(
    eq(productImages.productId, image.productId),
    eq(productImages.path, image.path),
    eq(productImages.position, image.position),
  );

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
      await tx.delete(productImages).where(samePhoto(image));
    } else {
      // Photos move, not rows: the rows of one upload (one per variant) keep one position.
      const rows = await tx
        .select({ id: productImages.id, path: productImages.path, position: productImages.position })
        .from(productImages)
        .where(eq(productImages.productId, image.productId))
        .orderBy(asc(productImages.position), asc(productImages.id));
      const groups = new Map<string, number[]>();
      for (const r of rows)
        groups.set(`${r.position}:${r.path}`, [...(groups.get(`${r.position}:${r.path}`) ?? []), r.id]);
      const order = [...groups.values()];
      const at = order.findIndex((ids) => ids.includes(image.id));
      const to = input.op === "up" ? at - 1 : at + 1;
      if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to]!, order[at]!];
      for (const [position, ids] of order.entries())
        await tx
          .update(productImages)
          .set({ position })
          .where(and(inArray(productImages.id, ids), eq(productImages.productId, image.productId)));
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
    const [after] = await tx.update(productImages).set({ alt: input.alt }).where(samePhoto(image)).returning();
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
