"use server";

import { z } from "zod";
import { MAX_STOCK, STOCK_CHANGE_RANGE, adminAction, adjustStock, refreshCatalog } from "@/lib/admin";

const adjustStockSchema = z.object({
  variantId: z.coerce.number().int().positive(),
  delta: z.coerce
    .number()
    .int("Enter a whole number.")
    .min(-MAX_STOCK, STOCK_CHANGE_RANGE)
    .max(MAX_STOCK, STOCK_CHANGE_RANGE)
    .refine((n) => n !== 0, "Enter a change other than 0."),
  reason: z.string().trim().min(3, "Say why the stock changed.").max(300),
  formKey: z.string().min(8).max(100),
});

export const adjustStockAction = adminAction(
  adjustStockSchema,
  async ({ formKey, ...change }, { actor, db }) => {
    const result = await adjustStock(db, actor, { ...change, idempotencyKey: `stock:${formKey}:${change.variantId}` });
    if (result.applied) await refreshCatalog({ productSlugs: [result.slug] });
    return result;
  },
  ({ applied, stock }) => (applied ? `Stock updated: ${stock} in stock.` : `Already applied: ${stock} in stock.`),
);
