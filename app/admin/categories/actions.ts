"use server";

import { z } from "zod";
import {
  adminAction,
  createCategory,
  deleteCategory,
  moveCategory,
  refreshCatalog,
  renameCategory,
  reorderCategory,
} from "@/lib/admin";

const id = z.coerce.number().int().positive();
const parentId = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), id.nullable());
const name = z.string().trim().min(1, "Enter a name.").max(120);
const slug = z.string().trim().max(80).optional();

export const createCategoryAction = adminAction(
  z.object({ name, slug, parentId }),
  async (input, { actor, db }) => {
    const result = await createCategory(db, actor, {
      name: input.name,
      parentId: input.parentId,
      ...(input.slug ? { slug: input.slug } : {}),
    });
    await refreshCatalog({ categorySlugs: result.categorySlugs });
    return { id: result.id };
  },
  "Category created.",
);

export const renameCategoryAction = adminAction(
  z.object({ id, name, slug }),
  async (input, { actor, db }) => {
    const result = await renameCategory(db, actor, input.id, {
      name: input.name,
      ...(input.slug ? { slug: input.slug } : {}),
    });
    // Product pages show the category's name in breadcrumbs, so products are refreshed too.
    await refreshCatalog({ categorySlugs: result.categorySlugs, productSlugs: [] });
    return { id: result.id };
  },
  "Category saved.",
);

export const moveCategoryAction = adminAction(
  z.object({ id, parentId }),
  async (input, { actor, db }) => {
    const result = await moveCategory(db, actor, input.id, input.parentId);
    await refreshCatalog({ categorySlugs: result.categorySlugs, productSlugs: [] });
    return { id: result.id };
  },
  "Category moved.",
);

export const reorderCategoryAction = adminAction(
  z.object({ id, direction: z.enum(["up", "down"]) }),
  async (input, { actor, db }) => {
    const result = await reorderCategory(db, actor, input.id, input.direction);
    await refreshCatalog({ categorySlugs: result.categorySlugs });
    return { id: result.id };
  },
);

export const deleteCategoryAction = adminAction(
  z.object({ id }),
  async (input, { actor, db }) => {
    const result = await deleteCategory(db, actor, input.id);
    await refreshCatalog({ categorySlugs: result.categorySlugs });
    return { id: result.id };
  },
  "Category deleted.",
);
