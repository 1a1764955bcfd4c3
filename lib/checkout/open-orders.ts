import { createHmac } from "node:crypto";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Tx } from "@/db";
import { orderEvents, orders, type PaymentMethod } from "@/db/schema";
import { authSecret } from "@/lib/auth";

// A bank transfer or cash-on-delivery order holds its stock before any money arrives, so
// typed-in orders could empty the shelves for free. Open ones (unpaid, not yet taken up by
// staff) are capped per email and per IP. The count and the new order must agree under
// concurrency: the caller's transaction takes an advisory lock on the email and on the IP
// (always in that order, before any stock row, so two checkouts never wait on each other in
// a cycle) and holds it until it commits, so a second order from the same email or IP
// counts the first.

export const OPEN_UNPAID_LIMITS = { perEmail: 3, perIp: 5 } as const;

const MANUAL_METHODS: PaymentMethod[] = ["bank_transfer", "cash_on_delivery"];

export function isManualMethod(method: PaymentMethod): boolean {
  return MANUAL_METHODS.includes(method);
}

/**
 * The IP as the order's "placed_from" entry keeps it: keyed with the auth secret, so the
 * timeline holds no address (a plain hash of an IPv4 address is undone by trying them all).
 */
export function ipDigest(ip: string): string {
  return createHmac("sha256", authSecret()).update(`order-ip\n${ip}`).digest("hex").slice(0, 24);
}

const open = and(
  inArray(orders.paymentMethod, MANUAL_METHODS),
  inArray(orders.status, ["awaiting_payment", "placed"]),
  isNull(orders.paidAt),
);

async function lock(tx: Tx, key: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** Null when this order may be placed, else the shopper's message. Call inside the order's transaction. */
export async function openUnpaidRefusal(
  tx: Tx,
  input: { email: string; ipDigest: string | null },
): Promise<string | null> {
  const email = input.email.trim().toLowerCase();
  await lock(tx, `open-unpaid:email:${email}`);
  if (input.ipDigest) await lock(tx, `open-unpaid:ip:${input.ipDigest}`);

  // Rows are lower-case (the orders_email_lower check); lower() on both sides anyway, so no
  // caller's spelling of an inbox ever escapes its cap.
  const [byEmail] = await tx
    .select({ n: count() })
    .from(orders)
    .where(and(open, sql`lower(${orders.email}) = lower(${email})`));
  if (Number(byEmail?.n ?? 0) >= OPEN_UNPAID_LIMITS.perEmail) {
    return `You already have ${OPEN_UNPAID_LIMITS.perEmail} orders waiting for payment. Please pay for one of them first, or contact us.`;
  }
  if (!input.ipDigest) return null;
  // From the open orders (staff's short work queue, by the status index) to where each was placed from.
  const [byIp] = await tx
    .select({ n: count() })
    .from(orders)
    .innerJoin(orderEvents, and(eq(orderEvents.orderId, orders.id), eq(orderEvents.type, "placed_from")))
    .where(and(open, sql`${orderEvents.data}->>'ip' = ${input.ipDigest}`));
  if (Number(byIp?.n ?? 0) >= OPEN_UNPAID_LIMITS.perIp) {
    return "Too many orders placed from here are waiting for payment. Please pay for one of them first, or contact us.";
  }
  return null;
}
