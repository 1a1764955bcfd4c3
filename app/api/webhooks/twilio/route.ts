import { receiveTwilioWebhook } from "@/lib/sms";

// Thin by design (docs/architecture.md, conventions): Twilio's inbound messages, verified by
// their X-Twilio-Signature; STOP and START change who gets texts (lib/sms/inbound.ts).
export async function POST(request: Request): Promise<Response> {
  return receiveTwilioWebhook(request);
}
