import { createHmac, randomBytes } from "node:crypto";
import { sendJson, startTestServer } from "./http-server";

// EasyPost's API as far as the store uses it, under /v2: POST /shipments (the rates come back
// on the new shipment), GET /shipments/:id, POST /shipments/:id/buy (a second purchase of one
// shipment is refused, as EasyPost does), POST /trackers; JSON bodies, HTTP basic auth with the
// API key as the user name; errors as EasyPost's { error: { code, message, errors } }. Plus the
// signature EasyPost puts on its webhooks, computed here from its documented recipe (HMAC-SHA256
// of the body, hex, "hmac-sha256-hex=" in X-Hmac-Signature), not with the SDK under test.

type Rate = {
  id: string;
  object: "Rate";
  shipment_id: string;
  carrier: string;
  service: string;
  rate: string;
  currency: string;
  delivery_days: number | null;
  est_delivery_days: number | null;
};

type Shipment = {
  id: string;
  object: "Shipment";
  mode: "test";
  to_address: Record<string, unknown>;
  from_address: Record<string, unknown>;
  parcel: Record<string, unknown>;
  rates: Rate[];
  selected_rate: Rate | null;
  postage_label: { object: "PostageLabel"; label_url: string; label_pdf_url: string } | null;
  tracking_code: string | null;
  tracker: { id: string; object: "Tracker"; tracking_code: string; carrier: string; public_url: string } | null;
  created_at: string;
  updated_at: string;
};

export type FakeEasyPost = {
  url: string;
  apiKey: string;
  webhookSecret: string;
  shipments: Map<string, Shipment>;
  /** Every authenticated POST /v2/shipments body. */
  quotes: Record<string, unknown>[];
  /** Every tracker created (a refused request is not one): the number and the carrier it was matched to. */
  trackers: { trackingCode: string; carrier: string }[];
  /** Every purchase made (a refused second purchase is not one). */
  purchases: { shipmentId: string; rateId: string }[];
  /** The rates each new shipment offers (amounts as EasyPost writes them: "7.58"). */
  setRates: (
    rates: { carrier: string; service: string; rate: string; currency?: string; days?: number | null }[],
  ) => void;
  /** Answer every request only after this many ms (0: at once): a carrier too slow for checkout. */
  setDelay: (ms: number) => void;
  close: () => Promise<void>;
};

// The carriers this fake knows, by EasyPost's code, and the numbers each one issues.
const TRACKING_FORMATS: [string, RegExp][] = [
  ["UPS", /^1Z[0-9A-Z]{16}$/],
  ["USPS", /^94\d{20}$/],
  ["FedEx", /^\d{12}$/],
];

const DEFAULT_RATES = [
  { carrier: "USPS", service: "Priority", rate: "7.58", days: 2 },
  { carrier: "UPS", service: "Ground", rate: "11.20", days: 5 },
];

export async function startFakeEasyPost(
  options: { port?: number; apiKey?: string; webhookSecret?: string } = {},
): Promise<FakeEasyPost> {
  const apiKey = options.apiKey ?? `EZTK${randomBytes(12).toString("hex")}`;
  const webhookSecret = options.webhookSecret ?? randomBytes(16).toString("hex");
  const shipments = new Map<string, Shipment>();
  const quotes: Record<string, unknown>[] = [];
  const purchases: { shipmentId: string; rateId: string }[] = [];
  const trackers: { trackingCode: string; carrier: string }[] = [];
  let rates: { carrier: string; service: string; rate: string; currency?: string; days?: number | null }[] =
    DEFAULT_RATES;
  let delay = 0;
  const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;

  const server = await startTestServer(
    async (request, response) => {
      const url = new URL(request.url ?? "/", "http://fake");
      // Not EasyPost's: the e2e journeys read what was bought and followed here.
      if (request.method === "GET" && url.pathname === "/purchases") return sendJson(response, 200, purchases);
      if (request.method === "GET" && url.pathname === "/trackers") return sendJson(response, 200, trackers);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      if (response.destroyed) return;
      const expected = `Basic ${Buffer.from(`${apiKey}:`).toString("base64")}`;
      if (request.headers.authorization !== expected)
        return easypostError(response, 401, "APIKEY.INACTIVE", "This api key is no longer active.");
      const body = request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};
      const path = url.pathname;
      const now = new Date().toISOString();

      if (request.method === "POST" && path === "/v2/shipments") {
        const input = (body.shipment ?? {}) as Record<string, Record<string, unknown>>;
        if (!input.to_address || !input.from_address || !input.parcel)
          return easypostError(response, 422, "SHIPMENT.INVALID_PARAMS", "Missing address or parcel");
        quotes.push(input);
        const shipmentId = id("shp");
        const shipment: Shipment = {
          id: shipmentId,
          object: "Shipment",
          mode: "test",
          to_address: input.to_address,
          from_address: input.from_address,
          parcel: { id: id("prcl"), object: "Parcel", ...input.parcel },
          rates: rates.map((r) => ({
            id: id("rate"),
            object: "Rate",
            shipment_id: shipmentId,
            carrier: r.carrier,
            service: r.service,
            rate: r.rate,
            currency: r.currency ?? "USD",
            delivery_days: r.days ?? null,
            est_delivery_days: r.days ?? null,
          })),
          selected_rate: null,
          postage_label: null,
          tracking_code: null,
          tracker: null,
          created_at: now,
          updated_at: now,
        };
        shipments.set(shipmentId, shipment);
        return sendJson(response, 201, shipment);
      }

      const shipmentPath = /^\/v2\/shipments\/(shp_[0-9a-f]+)(\/buy)?$/.exec(path);
      if (shipmentPath) {
        const shipment = shipments.get(shipmentPath[1]!);
        if (!shipment) return easypostError(response, 404, "NOT_FOUND", "The requested resource could not be found.");
        if (request.method === "GET" && !shipmentPath[2]) return sendJson(response, 200, shipment);
        if (request.method !== "POST" || !shipmentPath[2])
          return easypostError(response, 405, "METHOD.NOT_ALLOWED", "");
        if (shipment.postage_label)
          return easypostError(response, 422, "SHIPMENT.POSTAGE.EXISTS", "Postage already exists for this shipment.");
        const rateId = (body.rate as { id?: string } | undefined)?.id;
        const rate = shipment.rates.find((r) => r.id === rateId);
        if (!rate) return easypostError(response, 422, "SHIPMENT.RATE.INVALID", "Rate not found for this shipment.");
        const trackingCode = `9400${randomBytes(9).toString("hex").replace(/[a-f]/g, "7").slice(0, 18)}`;
        purchases.push({ shipmentId: shipment.id, rateId: rate.id });
        Object.assign(shipment, {
          selected_rate: rate,
          tracking_code: trackingCode,
          postage_label: {
            object: "PostageLabel",
            label_url: `${server.url}/labels/${shipment.id}.png`,
            label_pdf_url: `${server.url}/labels/${shipment.id}.pdf`,
          },
          tracker: {
            id: id("trk"),
            object: "Tracker",
            tracking_code: trackingCode,
            carrier: rate.carrier,
            public_url: `https://track.easypost.com/${trackingCode}`,
          },
          updated_at: now,
        });
        return sendJson(response, 200, shipment);
      }

      if (request.method === "POST" && path === "/v2/trackers") {
        const input = (body.tracker ?? {}) as { tracking_code?: string; carrier?: string };
        if (!input.tracking_code)
          return easypostError(response, 422, "TRACKER.INVALID_PARAMS", "tracking_code required");
        // EasyPost's carrier codes, and its detection of the carrier from the number's format.
        const detected = TRACKING_FORMATS.find(([, format]) => format.test(input.tracking_code!))?.[0];
        if (input.carrier !== undefined && !TRACKING_FORMATS.some(([code]) => code === input.carrier))
          return easypostError(response, 422, "TRACKER.CARRIER.INVALID", `Invalid carrier: ${input.carrier}`);
        const carrier = input.carrier ?? detected;
        if (!carrier) return easypostError(response, 422, "TRACKER.CARRIER.UNKNOWN", "Unable to determine carrier");
        if (input.carrier && detected !== input.carrier)
          return easypostError(
            response,
            422,
            "TRACKER.TRACKING_CODE.INVALID",
            "The tracking number does not belong to the carrier",
          );
        const existing = trackers.find((t) => t.trackingCode === input.tracking_code && t.carrier === carrier);
        if (!existing) trackers.push({ trackingCode: input.tracking_code, carrier });
        return sendJson(response, existing ? 200 : 201, {
          id: id("trk"),
          object: "Tracker",
          tracking_code: input.tracking_code,
          carrier,
          status: "unknown",
          tracking_details: [],
          public_url: `https://track.easypost.com/${input.tracking_code}`,
        });
      }
      return easypostError(response, 404, "NOT_FOUND", "The requested resource could not be found.");
    },
    { port: options.port },
  );

  return {
    url: server.url,
    apiKey,
    webhookSecret,
    shipments,
    quotes,
    purchases,
    trackers,
    setRates: (next) => {
      rates = next;
    },
    setDelay: (ms) => {
      delay = ms;
    },
    close: server.close,
  };
}

function easypostError(response: Parameters<typeof sendJson>[0], status: number, code: string, message: string) {
  sendJson(response, status, { error: { code, message, errors: [] } });
}

/** X-Hmac-Signature for a webhook body: HMAC-SHA256 keyed by the webhook secret, hex. */
export function easypostSignature(secret: string, body: string): string {
  return `hmac-sha256-hex=${createHmac("sha256", secret.normalize("NFKD")).update(body, "utf8").digest("hex")}`;
}

export type TrackerEventInput = {
  shipmentId?: string | null;
  trackingCode: string;
  status: "pre_transit" | "in_transit" | "out_for_delivery" | "delivered" | "failure";
  message: string;
  city?: string;
  state?: string;
  at?: Date;
  eventId?: string;
};

/** A tracker.updated Event as EasyPost posts it, and its body as sent. */
export function trackerEvent(input: TrackerEventInput): { id: string; body: string } {
  const at = (input.at ?? new Date()).toISOString();
  const id = input.eventId ?? `evt_${randomBytes(12).toString("hex")}`;
  const event = {
    id,
    object: "Event",
    mode: "test",
    description: "tracker.updated",
    previous_attributes: {},
    pending_urls: [],
    completed_urls: [],
    created_at: at,
    updated_at: at,
    result: {
      id: `trk_${randomBytes(12).toString("hex")}`,
      object: "Tracker",
      mode: "test",
      tracking_code: input.trackingCode,
      status: input.status,
      shipment_id: input.shipmentId ?? null,
      carrier: "USPS",
      public_url: `https://track.easypost.com/${input.trackingCode}`,
      created_at: at,
      updated_at: at,
      tracking_details: [
        {
          object: "TrackingDetail",
          message: input.message,
          status: input.status,
          datetime: at,
          source: "USPS",
          tracking_location: {
            object: "TrackingLocation",
            city: input.city ?? null,
            state: input.state ?? null,
            country: "US",
            zip: null,
          },
        },
      ],
    },
  };
  return { id, body: JSON.stringify(event) };
}

/** The POST EasyPost makes to the store's webhook for this event, signed (or with `signature`). */
export function easypostWebhook(
  url: string,
  secret: string,
  event: { body: string },
  options: { signature?: string } = {},
): Request {
  return new Request(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hmac-signature": options.signature ?? easypostSignature(secret, event.body),
    },
    body: event.body,
  });
}
