import { db } from "@/db";
import { invalidateStockCaches } from "@/lib/orders";
import { stripeSettings, getStripe } from "@/lib/stripe";
import { handleStripeWebhook } from "@/lib/payments";

// Thin by design (docs/architecture.md, conventions): raw body → verify → record the event id and apply its
// handler in one transaction (lib/payments/webhooks) → answer. Unknown event types get
// 200 so Stripe stops sending them; a failure gets 500 so Stripe sends the event again.
export async function POST(request: Request): Promise<Response> {
  const settings = stripeSettings();
  const stripe = getStripe();
  if (!settings || !stripe) return Response.json({ error: "Stripe is not configured" }, { status: 404 });

  const body = await request.text();
  const result = await handleStripeWebhook(
    { body, signature: request.headers.get("stripe-signature") },
    { db, stripe, webhookSecret: settings.webhookSecret },
  );
  if (result.effect?.stock?.length) await invalidateStockCaches(result.effect.stock);
  return Response.json({ received: result.status === 200, message: result.message }, { status: result.status });
}
