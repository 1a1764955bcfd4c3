import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { discounts, type NewDiscount } from "@/db/schema";
import { normalizeDiscountCode } from "@/lib/discounts";
import { env } from "@/lib/env";
import { parseMoneyInput } from "@/lib/money";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { amountTooBig, MAX_AMOUNT, MAX_COUNT } from "./limits";
import { AdminError, isUniqueViolation } from "./errors";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalInt = z.preprocess(
  blankToUndefined,
  z.coerce
    .number()
    .int("Enter a whole number.")
    .positive("Enter 1 or more.")
    .max(MAX_COUNT, "Enter at most 1,000,000, or leave it empty.")
    .optional(),
);
const optionalDate = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date.")
    .optional(),
);

export const discountFormSchema = z.object({
  code: z
    .string()
    .trim()
    .min(3, "Use at least 3 characters.")
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, "Use letters, digits, - and _ only."),
  description: z.string().trim().max(300).default(""),
  kind: z.enum(["percentage", "fixed"]),
  value: z.string().trim().min(1, "Enter the discount."),
  minSubtotal: z.string().trim().default(""),
  startsAt: optionalDate,
  endsAt: optionalDate,
  usageLimit: optionalInt,
  perCustomerLimit: optionalInt,
  active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()).default(false),
});
export type DiscountForm = z.infer<typeof discountFormSchema>;

/** Form strings → a row: 10 (percent) → 1000 basis points, "5.00" → 500 minor units. */
export function toDiscountValues(form: DiscountForm, currency = env.STORE_CURRENCY): Omit<NewDiscount, "id"> {
  const errors: Record<string, string[]> = {};
  let percentBasisPoints: number | null = null;
  let amountOff: number | null = null;
  if (form.kind === "percentage") {
    const pct = Number(form.value);
    if (!Number.isFinite(pct) || pct <= 0 || pct > 100) errors.value = ["Enter a percentage between 0 and 100."];
    else percentBasisPoints = Math.round(pct * 100);
  } else {
    amountOff = parseMoneyInput(form.value, currency);
    if (amountOff === null || amountOff <= 0) errors.value = ["Enter an amount such as 5.00."];
    else if (amountOff > MAX_AMOUNT) errors.value = [amountTooBig(currency)];
  }
  const minSubtotal = form.minSubtotal ? parseMoneyInput(form.minSubtotal, currency) : 0;
  if (minSubtotal === null || minSubtotal < 0)
    errors.minSubtotal = ["Enter an amount such as 50.00, or leave it empty."];
  else if (minSubtotal > MAX_AMOUNT) errors.minSubtotal = [amountTooBig(currency)];
  const startsAt = form.startsAt ? new Date(`${form.startsAt}T00:00:00Z`) : null;
  const endsAt = form.endsAt ? new Date(`${form.endsAt}T23:59:59Z`) : null;
  if (startsAt && endsAt && startsAt >= endsAt) errors.endsAt = ["The end must be after the start."];
  if (Object.keys(errors).length) throw new AdminError("Please correct the highlighted fields.", errors);
  return {
    code: normalizeDiscountCode(form.code),
    description: form.description,
    kind: form.kind,
    percentBasisPoints,
    amountOff,
    currency: form.kind === "fixed" ? currency : null,
    minSubtotal: minSubtotal ?? 0,
    startsAt,
    endsAt,
    usageLimit: form.usageLimit ?? null,
    perCustomerLimit: form.perCustomerLimit ?? null,
    active: form.active,
  };
}

export async function saveDiscount(
  db: Db,
  actor: Actor,
  id: number | null,
  form: DiscountForm,
): Promise<{ id: number }> {
  assertStaff(actor);
  const values = toDiscountValues(form);
  try {
    return await db.transaction(async (tx) => {
      const [before] = id === null ? [null] : await tx.select().from(discounts).where(eq(discounts.id, id));
      if (id !== null && !before) throw new AdminError("This discount no longer exists.");
      if (before && values.usageLimit !== null && values.usageLimit! < before.usedCount) {
        throw new AdminError("Please correct the highlighted fields.", {
          usageLimit: [`It has been used ${before.usedCount} times already.`],
        });
      }
      const [row] =
        id === null
          ? await tx.insert(discounts).values(values).returning()
          : await tx
              .update(discounts)
              .set({ ...values, updatedAt: new Date() })
              .where(eq(discounts.id, id))
              .returning();
      await recordAudit(tx, actor, {
        action: id === null ? "discount.create" : "discount.update",
        entity: "discount",
        entityId: row!.id,
        before,
        after: row,
      });
      return { id: row!.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "discounts_code_key"))
      throw new AdminError("Please correct the highlighted fields.", { code: ["Another discount uses this code."] });
    throw error;
  }
}

export async function setDiscountActive(db: Db, actor: Actor, id: number, active: boolean) {
  assertStaff(actor);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(discounts).where(eq(discounts.id, id)).for("update");
    if (!before) throw new AdminError("This discount no longer exists.");
    const [row] = await tx
      .update(discounts)
      .set({ active, updatedAt: new Date() })
      .where(eq(discounts.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: active ? "discount.enable" : "discount.disable",
      entity: "discount",
      entityId: id,
      before,
      after: row,
    });
    return { id };
  });
}
