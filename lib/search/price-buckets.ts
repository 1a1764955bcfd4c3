import { formatMoney, minorUnitDigits, money } from "@/lib/money";

// Price facets are fixed ranges in major units, stored on each indexed document as a bucket
// key: Meilisearch counts facet values but not ranges, so both engines facet on the key.
// Changing these ranges needs `npm run search:reindex`.
const BOUNDS = [0, 25, 50, 100, 200] as const;

export type PriceBucket = { key: string; min: number; max: number | null };

export const PRICE_BUCKETS: PriceBucket[] = BOUNDS.map((min, i) => {
  const max = BOUNDS[i + 1] ?? null;
  return { key: max === null ? `${min}-up` : `${min}-${max}`, min, max };
});

const keys = new Set(PRICE_BUCKETS.map((b) => b.key));

export function isPriceBucketKey(value: string): boolean {
  return keys.has(value);
}

/** The bucket a price in minor units falls in (lower bound inclusive). */
export function priceBucketOf(amount: number, currency: string): string {
  const major = amount / 10 ** minorUnitDigits(currency);
  const bucket = PRICE_BUCKETS.findLast((b) => major >= b.min) ?? PRICE_BUCKETS[0]!;
  return bucket.key;
}

function short(major: number, currency: string): string {
  // "$25.00" reads as noise in a facet list; whole-unit bounds drop their zero fraction.
  return formatMoney(money(major * 10 ** minorUnitDigits(currency), currency)).replace(/[.,]0+(?!\d)/, "");
}

/** "Under $25", "$25 – $50", "$200 and up". */
export function priceBucketLabel(key: string, currency: string): string {
  const bucket = PRICE_BUCKETS.find((b) => b.key === key);
  if (!bucket) return key;
  if (bucket.min === 0 && bucket.max !== null) return `Under ${short(bucket.max, currency)}`;
  if (bucket.max === null) return `${short(bucket.min, currency)} and up`;
  return `${short(bucket.min, currency)} – ${short(bucket.max, currency)}`;
}
