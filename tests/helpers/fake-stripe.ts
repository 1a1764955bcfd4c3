import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { sendJson, startTestServer as startOnFreePort, type TestServer } from "./http-server";

type Handler = (request: IncomingMessage & { body: string }, response: ServerResponse) => Promise<void>;

// Stripe's API as far as the store uses it, for tests and the e2e run (STRIPE_API_URL):
//   POST /v1/checkout/sessions, GET /v1/checkout/sessions/:id, POST …/:id/expire,
//   POST /v1/refunds, GET /v1/refunds?charge=…, GET /v1/payment_intents/:id (expand[]=latest_charge).
// Bodies are form-encoded with Stripe's bracket syntax; a repeated Idempotency-Key with the
// same body replays the first answer, with another body it is refused, as Stripe does.
// The test drives what the shopper does on Stripe's page (complete, pay later, expire) and
// builds the matching events, signed for real with the webhook secret. GET /pay/:id is a
// tiny hosted page with a Pay button that completes the session, delivers the signed
// webhook to `webhookUrl` and redirects to the success URL (for the e2e journey).

type Json = Record<string, unknown>;
export type FakeSession = Json & {
  id: string;
  status: "open" | "complete" | "expired";
  payment_status: "paid" | "unpaid";
  amount_total: number;
  currency: string;
  metadata: Record<string, string>;
  payment_intent: string | null;
  success_url: string;
  expires_at: number;
  url: string | null;
};

/** Parses Stripe's form encoding (`line_items[0][price_data][currency]=usd`) into objects and arrays. */
export function parseStripeForm(body: string): Json {
  const root: Json = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const path = rawKey.replace(/\]/g, "").split("[");
    let node: Json | unknown[] = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const key: string | number = Array.isArray(node) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) container[key] = value;
      else node = (container[key] ??= /^\d+$/.test(path[i + 1]!) ? [] : {}) as Json | unknown[];
    });
  }
  return root;
}

/** The charge's fraud outcome as the test chooses it: Radar's verdict and the card's country and fingerprint. */
export type FakeCardOutcome = {
  riskLevel?: "normal" | "elevated" | "highest" | "not_assessed";
  riskScore?: number;
  /** Left out: the charge carries no country, so no country comparison is made. */
  country?: string;
  /** Left out: a fingerprint of its own per charge, so unrelated test orders never share a card. */
  fingerprint?: string;
};

export type FakeStripe = {
  url: string;
  secretKey: string;
  webhookSecret: string;
  sessions: Map<string, FakeSession>;
  /** Every API request: method, path, idempotency key and parsed body. */
  requests: { method: string; path: string; idempotencyKey?: string; body: Json }[];
  /** Where the /pay page delivers its webhook (the app's /api/webhooks/stripe). */
  webhookUrl?: string;
  /** The card the /pay page pays with (Radar's verdict on it); left out, a normal one. */
  payPageCard?: FakeCardOutcome;
  /** The shopper pays on Stripe's page: `paid` false for a delayed method (processing). */
  complete: (sessionId: string, options?: { paid?: boolean; card?: FakeCardOutcome }) => FakeSession;
  settleAsync: (sessionId: string, outcome: "succeeded" | "failed") => FakeSession;
  expire: (sessionId: string) => FakeSession;
  /** A refund made in the Stripe dashboard (not through the API by the store). */
  refundInDashboard: (paymentIntentId: string, amount: number) => Json;
  chargeFor: (paymentIntentId: string) => Json;
  event: (type: string, object: Json) => Json;
  /** The raw body and a real Stripe-Signature header for it. */
  sign: (
    event: Json,
    options?: { timestamp?: number; secret?: string },
  ) => Promise<{ body: string; signature: string }>;
  close: () => Promise<void>;
};

/** On a free port for tests; on a fixed one for the e2e run, whose store was started with STRIPE_API_URL. */
async function startOn(port: number | undefined, handle: Handler): Promise<TestServer> {
  if (!port) return startOnFreePort(handle);
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    await handle(Object.assign(request, { body: Buffer.concat(chunks).toString("utf8") }), response);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function startFakeStripe(
  options: { secretKey?: string; webhookSecret?: string; port?: number } = {},
): Promise<FakeStripe> {
  const secretKey = options.secretKey ?? "sk_test_fake";
  const webhookSecret = options.webhookSecret ?? "whsec_test_fake";
  const sessions = new Map<string, FakeSession>();
  const intents = new Map<string, Json>();
  const charges = new Map<string, Json & { refunds: Json[] }>();
  const idempotent = new Map<string, { body: string; status: number; answer: unknown }>();
  const requests: FakeStripe["requests"] = [];
  let seq = 0;
  const next = (prefix: string) => `${prefix}_test_${++seq}`;
  const fail = (res: ServerResponse, status: number, message: string, type = "invalid_request_error") =>
    sendJson(res, status, { error: { type, message } });

  function createRefund(paymentIntent: string, amount: number | undefined, metadata: unknown): [number, Json] {
    const intent = intents.get(paymentIntent);
    if (!intent)
      return [404, { error: { type: "invalid_request_error", message: `No such payment_intent: ${paymentIntent}` } }];
    const charge = charges.get(intent.latest_charge as string)!;
    const left = (charge.amount as number) - (charge.amount_refunded as number);
    const value = amount ?? left;
    if (value <= 0 || value > left)
      return [
        400,
        { error: { type: "invalid_request_error", message: "Refund amount is greater than unrefunded amount" } },
      ];
    const refund = {
      id: next("re"),
      object: "refund",
      amount: value,
      charge: charge.id,
      payment_intent: paymentIntent,
      currency: charge.currency,
      status: "succeeded",
      reason: null,
      metadata: metadata ?? {},
    };
    charge.amount_refunded = (charge.amount_refunded as number) + value;
    charge.refunded = charge.amount_refunded === charge.amount;
    charge.refunds.unshift(refund);
    return [200, refund];
  }

  const server = await startOn(options.port, async (req, res) => {
    const url = new URL(req.url ?? "/", "http://stripe.local");
    const path = url.pathname;
    if (path.startsWith("/pay/")) return void (await payPage(req.method ?? "GET", path.slice(5), res));
    if (req.headers.authorization !== `Bearer ${secretKey}`)
      return fail(res, 401, "Invalid API Key provided", "authentication_error");
    const body = req.method === "POST" ? parseStripeForm(req.body) : Object.fromEntries(url.searchParams);
    const key = req.headers["idempotency-key"] as string | undefined;
    requests.push({ method: req.method ?? "GET", path, idempotencyKey: key, body });

    if (req.method === "POST" && key) {
      const seen = idempotent.get(key);
      if (seen && seen.body !== req.body)
        return fail(
          res,
          400,
          "Keys for idempotent requests can only be used with the same parameters",
          "idempotency_error",
        );
      if (seen) return sendJson(res, seen.status, seen.answer);
    }
    const [status, answer] = route(req.method ?? "GET", path, body, url.searchParams);
    if (req.method === "POST" && key && status < 500) idempotent.set(key, { body: req.body, status, answer });
    return sendJson(res, status, answer);
  });

  function route(method: string, path: string, body: Json, query: URLSearchParams): [number, unknown] {
    const notFound: [number, unknown] = [
      404,
      { error: { type: "invalid_request_error", message: `Unrecognized request URL (${method}: ${path})` } },
    ];
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const items = (body.line_items as Json[] | undefined) ?? [];
      const amount = items.reduce(
        (sum, item) => sum + Number((item.price_data as Json).unit_amount) * Number(item.quantity ?? 1),
        0,
      );
      const id = next("cs");
      const session: FakeSession = {
        id,
        object: "checkout.session",
        mode: body.mode,
        status: "open",
        payment_status: "unpaid",
        amount_total: amount,
        currency: String((items[0]?.price_data as Json | undefined)?.currency ?? "usd"),
        customer_email: body.customer_email ?? null,
        client_reference_id: body.client_reference_id ?? null,
        metadata: (body.metadata as Record<string, string>) ?? {},
        payment_intent_data: body.payment_intent_data ?? {},
        payment_intent: null,
        success_url: String(body.success_url),
        cancel_url: body.cancel_url ?? null,
        expires_at: Number(body.expires_at ?? Math.floor(Date.now() / 1000) + 86_400),
        line_items_sent: items,
        url: `${fake.url}/pay/${id}`,
      };
      sessions.set(id, session);
      return [200, session];
    }
    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    if (sessionMatch) {
      const session = sessions.get(sessionMatch[1]!);
      if (!session)
        return [
          404,
          { error: { type: "invalid_request_error", message: `No such checkout.session: ${sessionMatch[1]}` } },
        ];
      if (method === "GET" && !sessionMatch[2]) return [200, session];
      if (method === "POST" && sessionMatch[2]) {
        if (session.status !== "open")
          return [400, { error: { type: "invalid_request_error", message: `Session is ${session.status}` } }];
        return [200, fake.expire(session.id)];
      }
    }
    if (method === "POST" && path === "/v1/refunds")
      return createRefund(String(body.payment_intent), body.amount ? Number(body.amount) : undefined, body.metadata);
    if (method === "GET" && path === "/v1/refunds") {
      const charge = charges.get(query.get("charge") ?? "");
      return [200, { object: "list", data: charge?.refunds ?? [], has_more: false, url: "/v1/refunds" }];
    }
    const intentMatch = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (method === "GET" && intentMatch) {
      const intent = intents.get(intentMatch[1]!);
      if (!intent) return [404, { error: { type: "invalid_request_error", message: "No such payment_intent" } }];
      const expand = [...query.entries()].filter(([key]) => key.startsWith("expand")).map(([, value]) => value);
      if (!expand.includes("latest_charge")) return [200, intent];
      const charge: Json = { ...charges.get(intent.latest_charge as string)! };
      delete charge.refunds;
      return [200, { ...intent, latest_charge: charge }];
    }
    return notFound;
  }

  async function payPage(method: string, id: string, res: ServerResponse): Promise<unknown> {
    const session = sessions.get(id);
    if (!session) return res.writeHead(404).end("No such session");
    if (method === "GET") {
      const html = `<!doctype html><html lang="en"><title>Fake Stripe Checkout</title><main><h1>Pay ${session.amount_total} ${session.currency}</h1>
        <form method="post"><button type="submit">Pay</button></form></main></html>`;
      return res.writeHead(200, { "content-type": "text/html" }).end(html);
    }
    const paid = fake.complete(id, { card: fake.payPageCard });
    if (fake.webhookUrl) {
      const { body, signature } = await fake.sign(fake.event("checkout.session.completed", paid));
      await fetch(fake.webhookUrl, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", "stripe-signature": signature },
      });
    }
    return res.writeHead(303, { location: session.success_url }).end();
  }

  const stripeForSigning = new Stripe(secretKey);

  const fake: FakeStripe = {
    url: server.url,
    secretKey,
    webhookSecret,
    sessions,
    requests,
    complete(sessionId, { paid = true, card = {} } = {}) {
      const session = sessions.get(sessionId)!;
      const intentId = next("pi");
      const chargeId = next("ch");
      const metadata = ((session.payment_intent_data as Json).metadata as Json) ?? {};
      intents.set(intentId, {
        id: intentId,
        object: "payment_intent",
        amount: session.amount_total,
        currency: session.currency,
        metadata,
        latest_charge: chargeId,
        status: paid ? "succeeded" : "processing",
      });
      charges.set(chargeId, {
        id: chargeId,
        object: "charge",
        amount: session.amount_total,
        amount_refunded: 0,
        currency: session.currency,
        payment_intent: intentId,
        refunded: false,
        metadata: {},
        refunds: [],
        outcome: {
          type: "authorized",
          network_status: "approved_by_network",
          risk_level: card.riskLevel ?? "normal",
          risk_score: card.riskScore ?? 12,
        },
        payment_method_details: {
          type: "card",
          card: {
            brand: "visa",
            last4: "4242",
            country: card.country ?? null,
            fingerprint: card.fingerprint ?? next("fp"),
          },
        },
      });
      Object.assign(session, {
        status: "complete",
        payment_status: paid ? "paid" : "unpaid",
        payment_intent: intentId,
      });
      return { ...session };
    },
    settleAsync(sessionId, outcome) {
      const session = sessions.get(sessionId)!;
      session.payment_status = outcome === "succeeded" ? "paid" : "unpaid";
      return { ...session };
    },
    expire(sessionId) {
      const session = sessions.get(sessionId)!;
      Object.assign(session, { status: "expired", url: null });
      return { ...session };
    },
    refundInDashboard(paymentIntentId, amount) {
      const [status, refund] = createRefund(paymentIntentId, amount, {});
      if (status !== 200) throw new Error(JSON.stringify(refund));
      return refund;
    },
    chargeFor(paymentIntentId) {
      const charge = charges.get(intents.get(paymentIntentId)!.latest_charge as string)!;
      // Current API versions do not include the refunds list in the event's charge.
      const copy: Json = { ...charge };
      delete copy.refunds;
      return copy;
    },
    event(type, object) {
      return {
        id: next("evt"),
        object: "event",
        api_version: Stripe.API_VERSION,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
        data: { object },
      };
    },
    async sign(event, { timestamp, secret } = {}) {
      const body = JSON.stringify(event);
      const signature = await stripeForSigning.webhooks.generateTestHeaderStringAsync({
        payload: body,
        secret: secret ?? webhookSecret,
        timestamp,
      });
      return { body, signature };
    },
    close: () => server.close(),
  };
  return fake;
}
