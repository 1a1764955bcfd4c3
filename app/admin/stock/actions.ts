"use server";

import { z } from "zod";
import { db } from "@/db";
import { staffAction } from "@/lib/actions";
import { MAX_STOCK, STOCK_CHANGE_RANGE } from "@/lib/admin/limits";
import { refreshCatalog } from "@/lib/admin/revalidate";
import { actorOf, runAdmin } from "@/lib/admin/run";
import { adjustStock } from "@/lib/admin/stock";

const adjustStockSchema = z.object({
  variantId: z.coerce.number().int().positive(),
  delta: z.coerce.number().int("Enter a whole number.").min(-MAX_STOCK, STOCK_CHANGE_RANGE).max(MAX_STOCK, STOCK_CHANGE_RANGE).refine((n) => n !== 0, "Enter a change other than 0."),
  reason: z.string().trim().min(3, "Say why the stock changed.").max(300),
});

export const adjustStockAction = staffAction(adjustStockSchema, async (input, caller) =>
  runAdmin(async () => {
    const result = await adjustStock(db, actorOf(caller), input);
    await refreshCatalog({ productSlugs: [result.slug] });
    return { stock: result.stock };
  }, "Stock updated."),
);
