"use server";

import { z } from "zod";
import { db } from "@/db";
import { staffAction } from "@/lib/actions";
import {
  AdminError,
  actorOf,
  deleteOrArchiveProduct,
  productFormSchema,
  refreshCatalog,
  runAdmin,
  saveProduct,
  setProductStatus,
  toProductInput,
} from "@/lib/admin";

const id = z.coerce.number().int().positive();

export const saveProductAction = staffAction(
  productFormSchema.extend({ id: z.preprocess((v) => (v === "" ? undefined : v), id.optional()) }),
  async (values, caller) =>
    runAdmin(async () => {
      const parsed = toProductInput(values);
      if (!parsed.ok) throw new AdminError("Please correct the highlighted fields.", parsed.fieldErrors);
      const result = await saveProduct(db, actorOf(caller), values.id ?? null, parsed.input);
      await refreshCatalog({ productSlugs: result.slugs, categorySlugs: result.categorySlugs });
      return { id: result.id, created: values.id === undefined };
    }, "Product saved."),
);

export const setProductStatusAction = staffAction(
  z.object({ id, status: z.enum(["draft", "active", "archived"]) }),
  async ({ id, status }, caller) =>
    runAdmin(
      async () => {
        const result = await setProductStatus(db, actorOf(caller), id, status);
        await refreshCatalog({ productSlugs: result.slugs, categorySlugs: result.categorySlugs });
        return { id, status };
      },
      status === "active" ? "Product published." : status === "draft" ? "Product unpublished." : "Product archived.",
    ),
);

export const deleteProductAction = staffAction(z.object({ id }), async ({ id }, caller) => {
  const outcome = await runAdmin(async () => {
    const result = await deleteOrArchiveProduct(db, actorOf(caller), id);
    await refreshCatalog({ productSlugs: result.slugs, categorySlugs: result.categorySlugs });
    return { deleted: result.deleted };
  });
  if (!outcome.ok) return outcome;
  return {
    ...outcome,
    message: outcome.data.deleted
      ? "Product deleted."
      : "This product has orders, so it was archived instead of deleted.",
  };
});
