"use server";

import { z } from "zod";
import {
  AdminError,
  addProductImage,
  adminAction,
  deleteOrArchiveProduct,
  productFormSchema,
  refreshCatalog,
  saveProduct,
  setProductStatus,
  toProductInput,
} from "@/lib/admin";
import { CORRECT_FIELDS } from "@/lib/errors";
import { newImageFields, readNewImages } from "./new-images";

const id = z.coerce.number().int().positive();

export const saveProductAction = adminAction(
  productFormSchema.extend({ id: z.preprocess((v) => (v === "" ? undefined : v), id.optional()), ...newImageFields }),
  async (values, { actor, db }) => {
    const parsed = toProductInput(values);
    // Uploads are checked before anything is written: a bad file refuses the whole form.
    const images = await readNewImages(values, parsed.ok ? (parsed.input.options ?? []) : []);
    const fieldErrors = { ...(parsed.ok ? {} : parsed.fieldErrors), ...(images.ok ? {} : images.fieldErrors) };
    if (!parsed.ok || !images.ok) throw new AdminError(CORRECT_FIELDS, fieldErrors);
    const result = await saveProduct(db, actor, values.id ?? null, parsed.input);
    for (const [i, image] of images.images.entries())
      await addProductImage(db, actor, { productId: result.id, ...image }, `newImage.${i}`);
    await refreshCatalog({ productSlugs: result.slugs, categorySlugs: result.categorySlugs });
    return { id: result.id, created: values.id === undefined };
  },
  "Product saved.",
);

const statusMessages = { active: "Product published.", draft: "Product unpublished.", archived: "Product archived." };

export const setProductStatusAction = adminAction(
  z.object({ id, status: z.enum(["draft", "active", "archived"]) }),
  async ({ id, status }, { actor, db }) => {
    const result = await setProductStatus(db, actor, id, status);
    await refreshCatalog({ productSlugs: result.slugs, categorySlugs: result.categorySlugs });
    return { id, status };
  },
  (_, { status }) => statusMessages[status],
);

export const deleteProductAction = adminAction(
  z.object({ id }),
  async ({ id }, { actor, db }) => {
    const result = await deleteOrArchiveProduct(db, actor, id);
    await refreshCatalog({ productSlugs: result.slugs, categorySlugs: result.categorySlugs });
    return { deleted: result.deleted };
  },
  ({ deleted }) => (deleted ? "Product deleted." : "This product has orders, so it was archived instead of deleted."),
);
