import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { type Order, orders } from "@/db/schema";
import { usableRate } from "@/lib/carriers";
import { customerKeyFor, customerUses, findDiscountByCode } from "@/lib/discounts";
import { RefusalError, type Refused } from "@/lib/errors";
import type { StockMovement } from "@/lib/orders";
import { assessPlacedOrder } from "@/lib/risk";
import { loadSettings } from "@/lib/settings";
import { withSpan } from "@/lib/telemetry";
import { isStripeOrderPayable, recordOrder } from "./record-order";
import { isUniqueViolation } from "./db-errors";
import type { CheckoutDetails } from "./details";
import { quoteFingerprint } from "./fingerprint";
import { ipDigest, isManualMethod, openUnpaidRefusal } from "./open-orders";
import { buildQuote } from "./quote";
import { type CartLineRequest, takeStock } from "./take-stock";

// Placing an order: ONE transaction that takes the stock (./take-stock.ts), prices the
// order from what it took, checks that this is what the shopper reviewed, records the
// order with its line snapshots, its payment, its discount use, its timeline entry and
// its outbox event (./record-order.ts). Any refusal rolls all of it back.
//
// Idempotent per checkout attempt: the review page renders a fresh random key into its
// form; the order stores a digest of (owner, key) under a unique index. A double submit
// or a retry finds the first request's order, before or (racing) after its commit.

export type PlaceOrderInput = {
  attemptKey: string;
  /** "user:<id>" or "cart:<id>": one owner's key never finds another owner's order. */
  ownerKey: string;
  userId: string | null;
  currency: string;
  cartLines: readonly CartLineRequest[];
  details: CheckoutDetails;
  expectedFingerprint: string;
  stripeAvailable: boolean;
  /** The caller's IP (lib/auth/client-ip.ts): caps open unpaid manual orders per IP. */
  ip?: string;
  now?: Date;
};

export type PlaceOrderFailure = Refused<{
  reason: "empty" | "stock" | "discount" | "changed" | "payment_method" | "open_unpaid";
  /** Per cart line (by variant id), what is wrong with it. */
  lineErrors?: Record<string, string>;
}>;

export type PlaceOrderResult = { ok: true; order: Order; created: boolean; moves: StockMovement[] } | PlaceOrderFailure;

/** Thrown, so the transaction rolls back everything it took; placeOrder returns it. */
function refuse(result: Omit<PlaceOrderFailure, "ok">): never {
  throw new RefusalError<PlaceOrderFailure>({ ok: false, ...result });
}

export function orderIdempotencyKey(ownerKey: string, attemptKey: string): string {
  return createHash("sha256").update(`${ownerKey}\n${attemptKey}`).digest("base64url");
}

/** The order an earlier submit of this attempt placed, if any. */
export async function findPlacedOrder(db: Db, ownerKey: string, attemptKey: string): Promise<Order | null> {
  return findByKey(db, orderIdempotencyKey(ownerKey, attemptKey));
}

async function findByKey(db: Db | Tx, key: string): Promise<Order | null> {
  const [row] = await db.select().from(orders).where(eq(orders.idempotencyKey, key));
  return row ?? null;
}

/** Places the order in one transaction, in a span that names it (find a checkout's trace by its order number). */
export function placeOrder(db: Db, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  return withSpan(
    "place order",
    { attributes: { "order.payment_method": input.details.paymentMethod } },
    async (span) => {
      const result = await placeOrderOnce(db, input);
      if (result.ok) span.setAttributes({ "order.number": result.order.number, "order.created": result.created });
      else span.setAttribute("order.refused", result.reason);
      return result;
    },
  );
}

async function placeOrderOnce(db: Db, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const key = orderIdempotencyKey(input.ownerKey, input.attemptKey);
  const existing = await findByKey(db, key);
  if (existing) return { ok: true, order: existing, created: false, moves: [] };
  if (input.cartLines.length === 0) return { ok: false, reason: "empty", message: "Your cart is empty." };

  try {
    return await db.transaction(async (tx) => {
      const { details } = input;
      const ip = input.ip ? ipDigest(input.ip) : null;
      // Before the stock: the cap's locks come first in every checkout (./open-orders.ts).
      if (isManualMethod(details.paymentMethod)) {
        const refusal = await openUnpaidRefusal(tx, { email: details.email, ipDigest: ip });
        if (refusal) refuse({ reason: "open_unpaid", message: refusal });
      }
      const taken = await takeStock(tx, input.cartLines, input.currency);
      if (Object.keys(taken.errors).length > 0) {
        refuse({
          reason: "stock",
          message: "Some items in your cart are no longer available as ordered.",
          lineErrors: taken.errors,
        });
      }

      const customerKey = customerKeyFor(details.email);
      const rule = details.discountCode ? await findDiscountByCode(tx, details.discountCode) : null;
      const uses = rule?.perCustomerLimit ? await customerUses(tx, rule.id, customerKey) : 0;
      const quote = buildQuote({
        currency: input.currency,
        lines: taken.lines,
        // Read in the order's transaction: the settings the fingerprint compares against.
        shippingSettings: await loadSettings(tx, "shipping"),
        taxSettings: await loadSettings(tx, "tax"),
        country: details.address.country,
        region: details.address.region,
        shippingMethod: details.shippingMethod,
        carrierRate: usableRate(details.carrierRate, {
          address: details.address,
          lines: taken.lines,
          currency: input.currency,
        }),
        discount: details.discountCode ? { code: details.discountCode, rule, customerUses: uses } : null,
        now: input.now ?? new Date(),
      });
      if (quote.discountError) refuse({ reason: "discount", message: quote.discountError });
      if (quoteFingerprint(quote, details) !== input.expectedFingerprint) {
        refuse({
          reason: "changed",
          message:
            "Something in your order changed since you reviewed it (a price, the stock or a discount). Please check the updated order.",
        });
      }
      if (details.paymentMethod === "stripe" && !isStripeOrderPayable(quote, input.stripeAvailable)) {
        refuse({
          reason: "payment_method",
          message: "Card payment is not available for this order. Please choose another payment method.",
        });
      }

      const recorded = await recordOrder(tx, {
        key,
        userId: input.userId,
        customerKey,
        details,
        quote,
        moves: taken.moves,
        ipDigest: ip,
      });
      if (!recorded.ok) return refuse({ reason: "discount", message: recorded.message });
      // The fraud check from what is known now; a card order's payment adds Radar's verdict (lib/risk).
      const order = await assessPlacedOrder(tx, recorded.order, { ipDigest: ip });
      return { ok: true as const, order, created: true, moves: taken.moves };
    });
  } catch (error) {
    if (error instanceof RefusalError) return (error as RefusalError<PlaceOrderFailure>).refusal;
    // A concurrent submit of the same attempt committed first: its order is the answer.
    if (isUniqueViolation(error, "orders_idempotency_key_key")) {
      const winner = await findByKey(db, key);
      if (winner) return { ok: true, order: winner, created: false, moves: [] };
    }
    throw error;
  }
}
