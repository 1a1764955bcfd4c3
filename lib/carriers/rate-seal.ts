import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { type ChosenRate, chosenRateSchema, parcelWeight } from "./chosen-rate";
import type { CarrierRate } from "./types";

// A live rate the shopper may choose travels through their browser (the review page's form),
// so it is signed: `<base64url json>.<base64url HMAC-SHA256>` over the rate, its price and the
// parcel it was quoted for (the address and the weight, as a digest). The server reads back
// only a rate it quoted, for the parcel being ordered, within a day; an edited amount or a rate
// for another address reads as no rate. Pure, so tests reach it without cookies.

const PURPOSE = "carrier-rate\n";
const MAX_AGE_MS = 24 * 60 * 60_000;

/** The parcel a rate is for: the delivery address and the weight, as one short digest. */
export function parcelKey(address: Record<string, unknown>, weightGrams: number): string {
  const fields = ["line1", "line2", "city", "region", "postalCode", "country"].map((f) =>
    String(address[f] ?? "")
      .trim()
      .toUpperCase(),
  );
  return createHash("sha256")
    .update(JSON.stringify([...fields, weightGrams]))
    .digest("base64url")
    .slice(0, 32);
}

const macOf = (payload: string, secret: string) =>
  createHmac("sha256", secret)
    .update(PURPOSE + payload)
    .digest("base64url");

export function sealRate(rate: CarrierRate, parcel: string, secret: string, now = Date.now()): string {
  const value: ChosenRate = { ...rate, parcel, quotedAt: now };
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${payload}.${macOf(payload, secret)}`;
}

/** The rate a token holds, or null when this server did not seal it or it is more than a day old. */
export function openRateSeal(token: string, secret: string, now = Date.now()): ChosenRate | null {
  const [payload, mac, extra] = token.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const given = Buffer.from(mac);
  const expected = Buffer.from(macOf(payload, secret));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = chosenRateSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    if (!parsed.success || now - parsed.data.quotedAt > MAX_AGE_MS || parsed.data.quotedAt > now + 60_000) return null;
    return parsed.data;
  } catch {
    return null;
  }
}

/**
 * The chosen rate if it was quoted for this parcel (same address, same weight) in this currency;
 * null otherwise, and the store's method applies (the review shows which).
 */
export function usableRate(
  rate: ChosenRate | null | undefined,
  parcel: {
    address: Record<string, unknown>;
    lines: readonly { weightGrams?: number; quantity: number }[];
    currency: string;
  },
): ChosenRate | null {
  if (!rate || rate.currency !== parcel.currency) return null;
  return rate.parcel === parcelKey(parcel.address, parcelWeight(parcel.lines)) ? rate : null;
}
