"use server";

import { z } from "zod";
import { adminAction, addProductImage, refreshCatalog, updateProductImage, updateProductImageAlt } from "@/lib/admin";

const altText = z.string().trim().min(1, "Describe the image for people who cannot see it.").max(300);

const uploadSchema = z.object({
  productId: z.coerce.number().int().positive(),
  alt: altText,
  image: z.instanceof(File, { message: "Choose an image file." }),
  // "" for every variant, else the option value it shows: {"Colour":"Black"}.
  forOptions: z
    .string()
    .max(500)
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        const value = JSON.parse(text) as unknown;
        if (typeof value === "object" && value !== null && Object.values(value).every((v) => typeof v === "string"))
          return value as Record<string, string>;
      } catch {}
      ctx.addIssue({ code: "custom", message: "Choose all variants or one of the product's option values." });
      return z.NEVER;
    }),
});

export const uploadProductImageAction = adminAction(
  uploadSchema,
  async (input, { actor, db }) => {
    const bytes = new Uint8Array(await input.image.arrayBuffer());
    const result = await addProductImage(db, actor, {
      productId: input.productId,
      bytes,
      alt: input.alt,
      ...(input.forOptions ? { forOptions: input.forOptions } : {}),
    });
    await refreshCatalog({ productSlugs: [result.slug] });
    return null;
  },
  "Image added.",
);

export const updateProductImageAction = adminAction(
  z.object({ imageId: z.coerce.number().int().positive(), op: z.enum(["up", "down", "delete"]) }),
  async (input, { actor, db }) => {
    const result = await updateProductImage(db, actor, input);
    await refreshCatalog({ productSlugs: [result.slug] });
    return null;
  },
  (_, input) => (input.op === "delete" ? "Image removed." : "Image moved."),
);

export const updateImageAltAction = adminAction(
  z.object({ imageId: z.coerce.number().int().positive(), alt: altText }),
  async (input, { actor, db }) => {
    const result = await updateProductImageAlt(db, actor, input);
    await refreshCatalog({ productSlugs: [result.slug] });
    return null;
  },
  "Alt text saved.",
);
