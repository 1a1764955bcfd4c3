import { z } from "zod";

// A carrier's live rate as checkout keeps it (in the signed draft) and prices it: pure, so the
// checkout's details module and tests reach it without Node APIs.

/** The order's shipping method when a carrier's live rate was chosen (the store's method ids are kebab-case). */
export const CARRIER_METHOD = "carrier";

/** What a unit weighs for the carrier when its variant has no weight set. */
export const DEFAULT_UNIT_WEIGHT_GRAMS = 500;

export const chosenRateSchema = z.object({
  shipmentId: z.string().min(1).max(100),
  rateId: z.string().min(1).max(100),
  carrier: z.string().min(1).max(100),
  service: z.string().min(1).max(100),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  deliveryDays: z.number().int().nonnegative().nullable(),
  parcel: z.string().min(1).max(64),
  quotedAt: z.number().int(),
});

/** A live rate the shopper chose, with the parcel it was quoted for. */
export type ChosenRate = z.infer<typeof chosenRateSchema>;

/** Σ weight × quantity, counting a unit without a weight as DEFAULT_UNIT_WEIGHT_GRAMS. */
export function parcelWeight(lines: readonly { weightGrams?: number; quantity: number }[]): number {
  return lines.reduce(
    (sum, l) => sum + (l.weightGrams && l.weightGrams > 0 ? l.weightGrams : DEFAULT_UNIT_WEIGHT_GRAMS) * l.quantity,
    0,
  );
}

export function rateLabel(rate: { carrier: string; service: string }): string {
  return `${rate.carrier} ${rate.service.replace(/([a-z])([A-Z])/g, "$1 $2")}`;
}

export function rateDelivery(deliveryDays: number | null): string {
  if (deliveryDays === null) return "Carrier's estimate at shipping";
  return deliveryDays === 1 ? "1 business day" : `${deliveryDays} business days`;
}

const statusLabels: Record<string, string> = {
  pre_transit: "Label created",
  in_transit: "In transit",
  out_for_delivery: "Out for delivery",
  delivered: "Delivered",
};

/** The carrier's status in words; anything the store does not act on reads "Update". */
export function carrierStatusLabel(status: string): string {
  return statusLabels[status] ?? "Update";
}
