import "server-only";
import type { DbOrTx } from "@/db";
import type { OrderAddress } from "@/db/schema";
import { log } from "@/lib/log";
import { money, type Money } from "@/lib/money";
import { loadSettings } from "@/lib/settings";
import { getCarrier, RATES_BUDGET_MS } from "./provider";
import { parcelWeight, rateDelivery, rateLabel } from "./chosen-rate";
import { parcelKey, sealRate } from "./rate-seal";
import type { Carrier, CarrierAddress, CarrierRate } from "./types";

// Live rates at checkout: the carrier's prices for the shopper's address and the cart's weight,
// within a time budget. Anything short of an answer in time (no carrier configured, a timeout,
// an error, the breaker open) is no live rates: the store's own methods are the choice, as
// without a carrier, and the shopper sees nothing else.

/** A live rate as the review page offers it: the label and price to show and the sealed choice to post. */
export type LiveRateOption = { token: string; rateId: string; label: string; delivery: string; price: Money };

// Quotes are kept a few minutes per parcel: the review page renders again after every action,
// and each quote is a shipment at the carrier.
const CACHE_MS = 10 * 60_000;
const CACHE_SIZE = 500;
const cache = new Map<string, { at: number; rates: CarrierRate[] }>();

export async function liveRateOptions(
  db: DbOrTx,
  input: {
    address: OrderAddress;
    email: string;
    lines: readonly { weightGrams?: number; quantity: number }[];
    currency: string;
    secret: string;
  },
  carrier: Carrier | null = getCarrier(),
): Promise<LiveRateOption[]> {
  if (!carrier || input.lines.length === 0) return [];
  const weightGrams = parcelWeight(input.lines);
  const parcel = parcelKey(input.address, weightGrams);
  const rates = await ratesFor(db, carrier, parcel, { ...input, weightGrams });
  return rates
    .filter((rate) => rate.currency === input.currency)
    .sort((a, b) => a.amount - b.amount)
    .map((rate) => ({
      token: sealRate(rate, parcel, input.secret),
      rateId: rate.rateId,
      label: rateLabel(rate),
      delivery: rateDelivery(rate.deliveryDays),
      price: money(rate.amount, rate.currency),
    }));
}

async function ratesFor(
  db: DbOrTx,
  carrier: Carrier,
  parcel: string,
  input: { address: OrderAddress; email: string; weightGrams: number },
): Promise<CarrierRate[]> {
  const hit = cache.get(parcel);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.rates;
  const store = await loadSettings(db, "store");
  const from: CarrierAddress = {
    name: store.name,
    street1: store.address.line1,
    street2: store.address.line2 || undefined,
    city: store.address.city,
    state: store.address.region || undefined,
    zip: store.address.postalCode,
    country: store.address.country,
    email: store.contactEmail,
  };
  const a = input.address;
  const to: CarrierAddress = {
    name: a.fullName,
    company: a.company || undefined,
    street1: a.line1,
    street2: a.line2 || undefined,
    city: a.city,
    state: a.region || undefined,
    zip: a.postalCode,
    country: a.country,
    phone: a.phone || undefined,
    email: input.email,
  };
  // The provider's own deadline ends the request; this bounds the wait whatever the provider does.
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${RATES_BUDGET_MS} ms`)), RATES_BUDGET_MS);
  });
  try {
    const rates = await Promise.race([carrier.quoteRates({ from, to, weightGrams: input.weightGrams }), budget]);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(parcel, { at: Date.now(), rates });
    return rates;
  } catch (error) {
    log.warn(
      { module: "carriers", reason: error instanceof Error ? error.message : String(error) },
      "live rates unavailable; checkout offers the store's own rates",
    );
    return [];
  } finally {
    clearTimeout(timer);
  }
}

/** Forgets the quotes kept (tests switch the carrier's answers between cases). */
export function forgetQuotedRates(): void {
  cache.clear();
}
