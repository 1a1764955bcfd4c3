"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { adminAction, discountFormSchema, saveDiscount, setDiscountActive } from "@/lib/admin";

const id = z.coerce.number().int().positive();

export const saveDiscountAction = adminAction(
  discountFormSchema.extend({ id: z.preprocess((v) => (v === "" ? undefined : v), id.optional()) }),
  async ({ id, ...form }, { actor, db }) => {
    const result = await saveDiscount(db, actor, id ?? null, form);
    refresh();
    return { id: result.id, created: id === undefined };
  },
  "Discount saved.",
);

export const setDiscountActiveAction = adminAction(
  z.object({ id, active: z.enum(["true", "false"]) }),
  async (input, { actor, db }) => {
    const result = await setDiscountActive(db, actor, input.id, input.active === "true");
    refresh();
    return result;
  },
  (_, input) => (input.active === "true" ? "Discount enabled." : "Discount disabled."),
);
