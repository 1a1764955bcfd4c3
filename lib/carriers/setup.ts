import "server-only";
import type { StoreSettings } from "@/lib/settings";
import { getCarrier, RATES_BUDGET_MS } from "./provider";

// What the shipping settings say about live rates, so an owner who set EasyPost's key knows
// whether checkout can use it: carriers price a parcel from where it leaves, which is the
// store's address (Settings → Store), and refuse a quote without one.

export type LiveRatesSetup = { ready: boolean; message: string };

/** Null without a carrier configured (shipping is the store's own rates alone). */
export function liveRatesSetup(store: StoreSettings, carrier = getCarrier()): LiveRatesSetup | null {
  if (!carrier) return null;
  const { line1, city, postalCode, country } = store.address;
  if ([line1, city, postalCode, country].some((part) => part.trim() === ""))
    return {
      ready: false,
      message:
        "Live carrier rates are set up but cannot be offered yet: carriers need the address parcels leave from. Add the store's street, city, postal code and country under Store.",
    };
  return {
    ready: true,
    message: `Live carrier rates are on: the checkout review also offers the carriers' prices for the shopper's address and the cart's weight, from the store's address. When the carrier service does not answer within ${RATES_BUDGET_MS / 1000} s, shoppers see only the methods below.`,
  };
}
