"use server";

import { z } from "zod";
import { db } from "@/db";
import { staffAction } from "@/lib/actions";
import { MAX_STOCK, STOCK_CHANGE_RANGE, actorOf, adjustStock, refreshCatalog, runAdmin } from "@/lib/admin";

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

export const adjustStockAction = staffAction(adjustStockSchema, async (input, caller) => {
  const { formKey, ...change } = input;
  const outcome = await runAdmin(async () => {
    const result = await adjustStock(db, actorOf(caller), {
      ...change,
      idempotencyKey: `stock:${formKey}:${change.variantId}`,
    });
    if (result.applied) await refreshCatalog({ productSlugs: [result.slug] });
    return result;
  });
  if (!outcome.ok) return outcome;
  return {
    ...outcome,
    message: outcome.data.applied
      ? `Stock updated: ${outcome.data.stock} in stock.`
      : `Already applied: ${outcome.data.stock} in stock.`,
  };
});
