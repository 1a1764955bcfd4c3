import { receiveStripeWebhook } from "@/lib/payments";

// Thin by design (docs/architecture.md, conventions): the raw body, verified, the event id
// recorded and its handler applied in one transaction (lib/payments/webhooks).
export async function POST(request: Request): Promise<Response> {
  return receiveStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
}
