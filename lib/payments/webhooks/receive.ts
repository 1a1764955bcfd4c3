import { db } from "@/db";
import { invalidateStockCaches } from "@/lib/orders";
import { getStripe, stripeSettings } from "@/lib/stripe";
import { handleStripeWebhook } from "./index";

/**
 * POST /api/webhooks/stripe: the raw body and its signature → the event applied once → the
 * status Stripe should see. 404 when Stripe is not configured; 200 for unknown event types
 * so Stripe stops sending them; 500 on a failure so Stripe sends the event again.
 */
export async function receiveStripeWebhook(body: string, signature: string | null): Promise<Response> {
  const settings = stripeSettings();
  const stripe = getStripe();
  if (!settings || !stripe) return Response.json({ error: "Stripe is not configured" }, { status: 404 });
  const result = await handleStripeWebhook({ body, signature }, { db, stripe, webhookSecret: settings.webhookSecret });
  if (result.effect?.stock?.length) await invalidateStockCaches(result.effect.stock);
  return Response.json({ received: result.status === 200, message: result.message }, { status: result.status });
}
