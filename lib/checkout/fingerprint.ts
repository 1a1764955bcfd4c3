import { createHash } from "node:crypto";
import type { Quote } from "./quote";
import type { CheckoutDetails } from "./details";

/**
 * A digest of everything the review page showed: lines at their prices, every total, the
 * address, the methods. The review form carries it; placing the order recomputes it from
 * the database and refuses when they differ ("something changed, please review again"),
 * so nobody is charged a price they did not see. It is a check, never a price source: a
 * forged value can only make the order fail.
 */
export function quoteFingerprint(quote: Quote, details: CheckoutDetails): string {
  const canonical = JSON.stringify([
    quote.currency,
    quote.lines.map((l) => [l.variantId, l.quantity, l.unitPrice.amount, l.lineDiscount.amount, l.lineTax.amount]),
    [quote.subtotal.amount, quote.discount.amount, quote.shipping.price.amount, quote.tax.amount, quote.total.amount],
    [quote.discountCode, quote.shipping.method, quote.taxBasisPoints, quote.pricesIncludeTax],
    [details.email, details.paymentMethod, details.address],
  ]);
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 32);
}
