import { and, eq, notExists } from "drizzle-orm";
import type { Db } from "@/db";
import { orderLines, orders, products, reviewRequestOptOuts, reviews } from "@/db/schema";
import { absoluteUrl, authSecret } from "@/lib/auth";
import { type EmailSender, sendEmail } from "@/lib/email";
import type { EventPayload } from "@/lib/events";
import { optOutToken } from "./opt-out-token";

// The review request itself, when its delayed event comes due: one email per order (the
// event is enqueued once per order and the email is keyed by it), to nobody who opted out,
// and only about products still on sale that the buyer has not reviewed yet.

export function optOutUrl(email: string): string {
  return absoluteUrl(`/reviews/unsubscribe/${optOutToken(email, authSecret())}`);
}

export async function sendReviewRequest(
  deps: { db: Db; sender: EmailSender },
  event: { id: string; data: EventPayload<"shop/review.request-due"> },
): Promise<"sent" | "already-sent" | "opted-out" | "nothing-to-review"> {
  const { db } = deps;
  const { data } = event;
  const email = data.email.toLowerCase();
  const [optedOut] = await db
    .select({ email: reviewRequestOptOuts.email })
    .from(reviewRequestOptOuts)
    .where(eq(reviewRequestOptOuts.email, email));
  if (optedOut) return "opted-out";

  const [order] = await db
    .select({ userId: orders.userId, status: orders.status })
    .from(orders)
    .where(eq(orders.id, data.orderId));
  // A refunded order is not one to ask about.
  if (!order || order.status === "refunded") return "nothing-to-review";
  const reviewedByBuyer = order.userId
    ? notExists(
        db
          .select({ id: reviews.id })
          .from(reviews)
          .where(and(eq(reviews.productId, products.id), eq(reviews.userId, order.userId))),
      )
    : undefined;
  const rows = await db
    .selectDistinct({ name: products.name, slug: products.slug })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(and(eq(orderLines.orderId, data.orderId), eq(products.status, "active"), reviewedByBuyer));
  if (rows.length === 0) return "nothing-to-review";

  const result = await sendEmail(
    { db, sender: deps.sender },
    {
      template: "review-request",
      to: email,
      eventId: event.id,
      orderId: data.orderId,
      ...(order.userId ? { userId: order.userId } : {}),
      props: {
        orderNumber: data.orderNumber,
        ...(data.customerName ? { customerName: data.customerName } : {}),
        products: rows.map((p) => ({ name: p.name, reviewUrl: absoluteUrl(`/account/reviews/${p.slug}`) })),
        unsubscribeUrl: optOutUrl(email),
      },
    },
  );
  return result.outcome;
}

/** Records the address behind a signed opt-out link; later review requests skip it. */
export async function optOutOfReviewRequests(db: Db, email: string): Promise<void> {
  await db.insert(reviewRequestOptOuts).values({ email: email.toLowerCase() }).onConflictDoNothing();
}
