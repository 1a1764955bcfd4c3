import { receiveCarrierWebhook } from "@/lib/carriers";

// Thin by design (docs/architecture.md, conventions): EasyPost's tracker events, verified by
// their X-Hmac-Signature, recorded once per event id, moving the order's timeline (lib/carriers/tracking.ts).
export async function POST(request: Request): Promise<Response> {
  return receiveCarrierWebhook(request);
}
