import { money, type Money } from "@/lib/money";
import type { ShippingMethodSettings, ShippingSettings, ShippingZoneSettings } from "@/lib/settings/client";

// Shipping from the owner's settings (/admin/settings/shipping), pure so the checkout form
// can show the same prices in the browser that the server charges. The cart shows an estimate
// from these before an address is known (./estimate.ts); checkout applies them to the real one.
// Amounts are minor units of the store currency.

/** Where a parcel goes and what is in it. */
export type Parcel = {
  country: string;
  region?: string;
  /** The goods after the discount: free-shipping thresholds compare this. */
  goods: Money;
  /** Σ variant weight × quantity. */
  weightGrams?: number;
};

export type ShippingQuote = {
  /** The method's id in the settings ("standard"). */
  method: string;
  label: string;
  /** What the shopper is promised, e.g. "3–5 business days". */
  delivery: string;
  price: Money;
  free: boolean;
  /** Free when the goods reach this; null when never free. */
  freeFrom: Money | null;
  /** A carrier's live rate (lib/carriers) instead of the store's method: the shipment and rate to buy the label with. */
  carrierRate?: { shipmentId: string; rateId: string };
};

const matches = (code: string, value: string | undefined) => (value ?? "").trim().toUpperCase() === code;

/**
 * The zone for an address: one that names the country and the region first, then one that
 * names the whole country, then the "*" zone (everywhere else); the last zone when none fits.
 */
export function shippingZoneFor(settings: ShippingSettings, country: string, region?: string): ShippingZoneSettings {
  const { zones } = settings;
  const byRegion = zones.find((z) =>
    z.countries.some((c) => matches(c.code, country) && c.regions.some((r) => matches(r, region))),
  );
  const byCountry = zones.find((z) => z.countries.some((c) => matches(c.code, country) && c.regions.length === 0));
  const rest = zones.find((z) => z.countries.some((c) => c.code === "*"));
  return byRegion ?? byCountry ?? rest ?? zones[zones.length - 1]!;
}

/**
 * A weight-tiered method charges the first tier (by limit, lightest first) the parcel fits;
 * one heavier than every tier pays the heaviest tier's price, never less than a lighter one.
 */
export function weightPrice(method: ShippingMethodSettings, weightGrams: number): number {
  const tiers = [...method.weightTiers].sort((a, b) => a.upToGrams - b.upToGrams);
  if (tiers.length === 0) return method.price;
  return (tiers.find((tier) => weightGrams <= tier.upToGrams) ?? tiers[tiers.length - 1]!).price;
}

/** One method's price for a parcel (nothing to ship costs nothing). */
export function methodQuote(method: ShippingMethodSettings, parcel: Parcel): ShippingQuote {
  const { goods } = parcel;
  const free = method.freeOver !== null && goods.amount >= method.freeOver;
  const amount = goods.amount === 0 || free ? 0 : weightPrice(method, parcel.weightGrams ?? 0);
  return {
    method: method.id,
    label: method.name,
    delivery: method.delivery,
    price: money(amount, goods.currency),
    free,
    freeFrom: method.freeOver === null ? null : money(method.freeOver, goods.currency),
  };
}

/** Every method of the address's zone, cheapest first, for the checkout's shipping choice. */
export function shippingOptions(settings: ShippingSettings, parcel: Parcel): ShippingQuote[] {
  const zone = shippingZoneFor(settings, parcel.country, parcel.region);
  return zone.methods.map((m) => methodQuote(m, parcel)).sort((a, b) => a.price.amount - b.price.amount);
}

/**
 * The chosen method's price, or the zone's first method when the zone has no method of that
 * id (the owner renamed it, or the shopper changed country): the review shows which applies.
 */
export function shippingQuote(settings: ShippingSettings, methodId: string, parcel: Parcel): ShippingQuote {
  const zone = shippingZoneFor(settings, parcel.country, parcel.region);
  const method = zone.methods.find((m) => m.id === methodId) ?? zone.methods[0]!;
  return methodQuote(method, parcel);
}

/** Every method id any zone offers: what the checkout form may send. */
export function shippingMethodIds(settings: ShippingSettings): string[] {
  return [...new Set(settings.zones.flatMap((zone) => zone.methods.map((m) => m.id)))];
}
