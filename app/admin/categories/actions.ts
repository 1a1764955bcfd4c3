"use server";

import { z } from "zod";
import { db } from "@/db";
import { staffAction } from "@/lib/actions";
import {
  actorOf,
  createCategory,
  deleteCategory,
  moveCategory,
  refreshCatalog,
  renameCategory,
  reorderCategory,
  runAdmin,
} from "@/lib/admin";

const id = z.coerce.number().int().positive();
const parentId = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), id.nullable());
const name = z.string().trim().min(1, "Enter a name.").max(120);
const slug = z.string().trim().max(80).optional();

export const createCategoryAction = staffAction(z.object({ name, slug, parentId }), async (input, caller) =>
  runAdmin(async () => {
    const result = await createCategory(db, actorOf(caller), {
      name: input.name,
      parentId: input.parentId,
      ...(input.slug ? { slug: input.slug } : {}),
    });
    await refreshCatalog({ categorySlugs: result.categorySlugs });
    return { id: result.id };
  }, "Category created."),
);

export const renameCategoryAction = staffAction(z.object({ id, name, slug }), async (input, caller) =>
  runAdmin(async () => {
    const result = await renameCategory(db, actorOf(caller), input.id, {
      name: input.name,
      ...(input.slug ? { slug: input.slug } : {}),
    });
    // Product pages show the category's name in breadcrumbs, so products are refreshed too.
    await refreshCatalog({ categorySlugs: result.categorySlugs, productSlugs: [] });
    return { id: result.id };
  }, "Category saved."),
);

export const moveCategoryAction = staffAction(z.object({ id, parentId }), async (input, caller) =>
  runAdmin(async () => {
    const result = await moveCategory(db, actorOf(caller), input.id, input.parentId);
    await refreshCatalog({ categorySlugs: result.categorySlugs, productSlugs: [] });
    return { id: result.id };
  }, "Category moved."),
);

export const reorderCategoryAction = staffAction(
  z.object({ id, direction: z.enum(["up", "down"]) }),
  async (input, caller) =>
    runAdmin(async () => {
      const result = await reorderCategory(db, actorOf(caller), input.id, input.direction);
      await refreshCatalog({ categorySlugs: result.categorySlugs });
      return { id: result.id };
    }),
);

export const deleteCategoryAction = staffAction(z.object({ id }), async (input, caller) =>
  runAdmin(async () => {
    const result = await deleteCategory(db, actorOf(caller), input.id);
    await refreshCatalog({ categorySlugs: result.categorySlugs });
    return { id: result.id };
  }, "Category deleted."),
);
