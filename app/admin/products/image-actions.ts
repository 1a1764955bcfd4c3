"use server";

import { z } from "zod";
import { db } from "@/db";
import { staffAction } from "@/lib/actions";
import {
  actorOf,
  addProductImage,
  refreshCatalog,
  runAdmin,
  updateProductImage,
  updateProductImageAlt,
} from "@/lib/admin";

const altText = z.string().trim().min(1, "Describe the image for people who cannot see it.").max(300);

const uploadSchema = z.object({
  productId: z.coerce.number().int().positive(),
  alt: altText,
  image: z.instanceof(File, { message: "Choose an image file." }),
});

export const uploadProductImageAction = staffAction(uploadSchema, async (input, caller) =>
  runAdmin(async () => {
    const bytes = new Uint8Array(await input.image.arrayBuffer());
    const result = await addProductImage(db, actorOf(caller), { productId: input.productId, bytes, alt: input.alt });
    await refreshCatalog({ productSlugs: [result.slug] });
    return null;
  }, "Image added."),
);

export const updateProductImageAction = staffAction(
  z.object({ imageId: z.coerce.number().int().positive(), op: z.enum(["up", "down", "delete"]) }),
  async (input, caller) =>
    runAdmin(
      async () => {
        const result = await updateProductImage(db, actorOf(caller), input);
        await refreshCatalog({ productSlugs: [result.slug] });
        return null;
      },
      input.op === "delete" ? "Image removed." : "Image moved.",
    ),
);

export const updateImageAltAction = staffAction(
  z.object({ imageId: z.coerce.number().int().positive(), alt: altText }),
  async (input, caller) =>
    runAdmin(async () => {
      const result = await updateProductImageAlt(db, actorOf(caller), input);
      await refreshCatalog({ productSlugs: [result.slug] });
      return null;
    }, "Alt text saved."),
);
