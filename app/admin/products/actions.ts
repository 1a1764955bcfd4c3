"use server";

import { z } from "zod";
import {
  AdminError,
  adminAction,
  deleteOrArchiveProduct,
  productFormSchema,
  refreshCatalog,
  saveProduct,
  setProductStatus,
  toProductInput,
} from "@/lib/admin";
import { CORRECT_FIELDS } from "@/lib/errors";

const id = z.coerce.number().int().positive();

export const saveProductAction = adminAction(
  productFormSchema.extend({ id: z.preprocess((v) => (v === "" ? undefined : v), id.optional()) }),
  async (values, { actor, db }) => {
    const parsed = toProductInput(values);
    if (!parsed.ok) throw new AdminError(CORRECT_FIELDS, parsed.fieldErrors);
    const result = await saveProduct(db, actor, values.id ?? null, parsed.input);
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
