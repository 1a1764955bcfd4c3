import { sql } from "drizzle-orm";
import { type DbOrTx, selectRows } from "@/db";
import { variantLabel } from "@/lib/cart";
import { customerKeyFor, customerUses, findDiscountByCode } from "@/lib/discounts";
import { usableRate } from "@/lib/carriers";
import { money } from "@/lib/money";
import type { ShippingQuote } from "@/lib/pricing";
import { loadSettings } from "@/lib/settings";
import type { CheckoutDetails } from "./details";
import { quoteFingerprint } from "./fingerprint";
import { buildQuote, type Quote, type QuoteLineInput } from "./quote";
import type { CartLineRequest } from "./take-stock";

// The checkout's review: the cart priced from the database right now, with the shopper's
// details. Placing the order (./place-order.ts) prices it again, under the stock locks,
// and must arrive at the same fingerprint.

type VariantRow = {
  id: number;
  productId: number;
  sku: string;
  title: string;
  priceAmount: number;
  currency: string;
  stock: number;
  weightGrams: number;
  productName: string;
  status: string;
};

export type ReviewLineIssue = { variantId: number; message: string };

export type CheckoutQuote = {
  quote: Quote;
  fingerprint: string;
  issues: ReviewLineIssue[];
  /** The store's method from the details step, priced: the quote's shipping unless a live rate was chosen. */
  storeShipping: ShippingQuote;
};

export async function readCheckoutVariants(db: DbOrTx, ids: readonly number[]): Promise<Map<number, VariantRow>> {
  const wanted = [...new Set(ids)].filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647);
  if (wanted.length === 0) return new Map();
  const rows = await selectRows<VariantRow>(
    db,
    sql`SELECT v.id, v.product_id AS "productId", v.sku, v.title, v.price_amount AS "priceAmount", v.currency, v.stock,
          v.weight_grams AS "weightGrams",
          p.name AS "productName", p.status
        FROM product_variants v JOIN products p ON p.id = v.product_id
        WHERE v.id IN (${sql.join(
          wanted.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
  return new Map(rows.map((row) => [Number(row.id), row]));
}

export async function quoteCheckout(
  db: DbOrTx,
  input: { currency: string; lines: readonly CartLineRequest[]; details: CheckoutDetails; now?: Date },
): Promise<CheckoutQuote> {
  const { details, currency } = input;
  const variants = await readCheckoutVariants(
    db,
    input.lines.map((l) => l.variantId),
  );
  const issues: ReviewLineIssue[] = [];
  const lines: QuoteLineInput[] = [];
  for (const { variantId, quantity } of input.lines) {
    const v = variants.get(variantId);
    if (!v || v.status !== "active" || v.currency.trim() !== currency) {
      issues.push({ variantId, message: "This item is no longer available. Please remove it from your cart." });
      continue;
    }
    const label = variantLabel({ productName: v.productName, title: v.title });
    const stock = Number(v.stock);
    if (stock <= 0) issues.push({ variantId, message: `${label} is out of stock. Please remove it from your cart.` });
    else if (quantity > stock)
      issues.push({ variantId, message: `Only ${stock} of ${label} left. Please lower the quantity in your cart.` });
    lines.push({
      variantId,
      productId: Number(v.productId),
      quantity,
      productName: v.productName,
      variantTitle: v.title,
      sku: v.sku,
      unitPrice: money(Number(v.priceAmount), currency),
      weightGrams: Number(v.weightGrams),
    });
  }

  const rule = details.discountCode ? await findDiscountByCode(db, details.discountCode) : null;
  const uses = rule?.perCustomerLimit ? await customerUses(db, rule.id, customerKeyFor(details.email)) : 0;
  const base = {
    currency,
    lines,
    // Uncached: an owner's change reaches the next quote.
    shippingSettings: await loadSettings(db, "shipping"),
    taxSettings: await loadSettings(db, "tax"),
    country: details.address.country,
    region: details.address.region,
    shippingMethod: details.shippingMethod,
    discount: details.discountCode ? { code: details.discountCode, rule, customerUses: uses } : null,
    now: input.now ?? new Date(),
  };
  const carrierRate = usableRate(details.carrierRate, { address: details.address, lines, currency });
  const quote = buildQuote({ ...base, carrierRate });
  const storeShipping = carrierRate ? buildQuote(base).shipping : quote.shipping;
  return { quote, fingerprint: quoteFingerprint(quote, details), issues, storeShipping };
}
