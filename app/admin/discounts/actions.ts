"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { staffAction } from "@/lib/actions";
import { actorOf, discountFormSchema, runAdmin, saveDiscount, setDiscountActive } from "@/lib/admin";

const id = z.coerce.number().int().positive();

export const saveDiscountAction = staffAction(
  discountFormSchema.extend({ id: z.preprocess((v) => (v === "" ? undefined : v), id.optional()) }),
  async ({ id, ...form }, caller) =>
    runAdmin(async () => {
      const result = await saveDiscount(db, actorOf(caller), id ?? null, form);
      refresh();
      return { id: result.id, created: id === undefined };
    }, "Discount saved."),
);

export const setDiscountActiveAction = staffAction(
  z.object({ id, active: z.enum(["true", "false"]) }),
  async (input, caller) =>
    runAdmin(
      async () => {
        const result = await setDiscountActive(db, actorOf(caller), input.id, input.active === "true");
        refresh();
        return result;
      },
      input.active === "true" ? "Discount enabled." : "Discount disabled.",
    ),
);
