import "server-only";
import twilio from "twilio";
import { db as defaultDb, type Db } from "@/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { loadSettings } from "@/lib/settings";
import { recordOptIn, recordOptOut } from "./opt-outs";
import { normalizePhone } from "./phone";

// Twilio's inbound-message webhook (docs/architecture.md, thin webhook): verify the
// X-Twilio-Signature over the public URL and the posted fields, then act on the keywords.
// Twilio's own opt-out handling answers STOP and START itself and blocks our texts to a
// number that stopped; we record the choice too so nothing is even tried, and so the same
// rule holds on any sender. Repeating a request changes nothing (an insert that ignores a
// duplicate, a delete).

const PATH = "/api/webhooks/twilio";

// Twilio's default opt-out and opt-in keywords, matched on the whole message like Twilio does.
const STOP_WORDS = new Set(["STOP", "STOPALL", "STOP ALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"]);
const START_WORDS = new Set(["START", "YES", "UNSTOP"]);

const slog = log.child({ module: "sms" });

export type InboundOptions = { db?: Db; authToken?: string; publicUrl?: string };

export async function receiveTwilioWebhook(request: Request, options: InboundOptions = {}): Promise<Response> {
  const authToken = options.authToken ?? env.TWILIO_AUTH_TOKEN;
  // Without Twilio configured there is no one to verify against: as if the route did not exist.
  if (!authToken) return new Response("Not found", { status: 404 });
  const db = options.db ?? defaultDb;

  const raw = await request.text();
  if (raw.length > 64_000) return new Response("Too large", { status: 413 });
  const params = Object.fromEntries(new URLSearchParams(raw));
  const signature = request.headers.get("x-twilio-signature") ?? "";
  // Twilio signs the URL it was told to call, which is the store's public one, not whatever
  // host a proxy forwarded to.
  const base = options.publicUrl ?? ((await loadSettings(db, "store")).publicUrl || env.SITE_URL);
  const url = `${base.replace(/\/$/, "")}${PATH}${new URL(request.url).search}`;
  if (!signature || !twilio.validateRequest(authToken, signature, url, params)) {
    slog.warn("Twilio webhook refused: bad or missing X-Twilio-Signature");
    return new Response("Invalid signature", { status: 403 });
  }

  const phone = normalizePhone(params.From ?? "");
  const word = (params.Body ?? "").trim().toUpperCase().replace(/\s+/g, " ");
  if (phone && STOP_WORDS.has(word)) {
    await recordOptOut(db, phone, params.MessageSid ?? null);
    slog.info("a number replied STOP: no more texts to it");
  } else if (phone && START_WORDS.has(word)) {
    await recordOptIn(db, phone);
    slog.info("a number replied START: texts to it resume");
  }
  return twiml();
}

/** An empty reply: Twilio sends its own confirmation for STOP and START, and nothing else needs one. */
function twiml(): Response {
  return new Response(new twilio.twiml.MessagingResponse().toString(), {
    status: 200,
    headers: { "content-type": "text/xml; charset=utf-8" },
  });
}
