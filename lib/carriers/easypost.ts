import EasyPostClient from "@easypost/api";
import { type Breaker, breaker, isBreakerRefusal, throughBreaker } from "@/lib/breakers";
import { log } from "@/lib/log";
import { parseMoneyInput } from "@/lib/money";
import { readTrackerEvent, type EasyPostEvent } from "./easypost-events";
import { type BoughtLabel, type Carrier, type CarrierRate, SignatureError } from "./types";

// EasyPost through its SDK (@easypost/api). The SDK has no working timeout of its own (its
// `timeout` option is stored, never applied), so every request gets superagent's: `response`
// bounds the connect and the wait for the first byte, `deadline` the whole call. Calls run
// through the "easypost" breaker, like Stripe and Twilio: a carrier that stopped answering is
// refused at once for a while instead of holding every checkout for its budget.

/** The connect-and-first-byte bound of every call. */
const CONNECT_TIMEOUT_MS = 2_000;
/** A label purchase's whole call (the carrier answers through EasyPost while it waits). */
export const LABEL_TIMEOUT_MS = 15_000;
const FAILURES_TO_OPEN = 3;
const COOL_DOWN_MS = 30_000;

type Sdk = InstanceType<typeof EasyPostClient>;
type SdkShipment = Awaited<ReturnType<Sdk["Shipment"]["retrieve"]>>;

function sdk(apiKey: string, apiUrl: string | undefined, deadlineMs: number): Sdk {
  return new EasyPostClient(apiKey, {
    ...(apiUrl ? { baseUrl: `${apiUrl.replace(/\/+$/, "")}/v2/` } : {}),
    requestMiddleware: (request: { timeout: (t: { response: number; deadline: number }) => unknown }) => {
      request.timeout({ response: Math.min(CONNECT_TIMEOUT_MS, deadlineMs), deadline: deadlineMs });
      return request;
    },
  });
}

/** A 4xx is EasyPost answering about the request; no answer, a timeout or a 5xx is EasyPost failing. */
function isOutage(error: unknown): boolean {
  const status = (error as { statusCode?: unknown }).statusCode;
  return !(typeof status === "number" && status >= 400 && status < 500);
}

function easypostBreaker(apiUrl?: string): Breaker {
  const name = apiUrl ? `easypost@${new URL(apiUrl).host}` : "easypost";
  const fields = { module: "carriers", breaker: name };
  return breaker(name, {
    halfOpenAfterMs: COOL_DOWN_MS,
    failures: FAILURES_TO_OPEN,
    isFailure: isOutage,
    onSwitch(change) {
      if (change.to === "closed") log.info(fields, "EasyPost answers again; live rates and labels are back");
      else
        log.warn(
          { ...fields, reason: change.error instanceof Error ? change.error.message : String(change.error) },
          `EasyPost is failing; checkout uses the store's rates for ${COOL_DOWN_MS / 1000}s`,
        );
    },
  });
}

export function createEasyPostCarrier(options: {
  apiKey: string;
  webhookSecret: string;
  apiUrl?: string;
  /** The whole call for rates: checkout's budget. */
  ratesTimeoutMs: number;
}): Carrier {
  const rates = sdk(options.apiKey, options.apiUrl, options.ratesTimeoutMs);
  const labels = sdk(options.apiKey, options.apiUrl, LABEL_TIMEOUT_MS);
  const policy = easypostBreaker(options.apiUrl);
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await throughBreaker(policy, fn);
    } catch (error) {
      if (isBreakerRefusal(error))
        throw new Error("EasyPost could not be reached a moment ago; not trying again yet (circuit breaker open)");
      throw error;
    }
  };

  return {
    provider: "easypost",
    async quoteRates(input) {
      const shipment = await call(() =>
        rates.Shipment.create({
          from_address: input.from,
          to_address: input.to,
          parcel: { weight: ounces(input.weightGrams) },
          options: { label_format: "PDF" },
        } as Parameters<Sdk["Shipment"]["create"]>[0]),
      );
      return shipment.rates.flatMap((rate): CarrierRate[] => {
        const amount = parseMoneyInput(rate.rate, rate.currency);
        if (amount === null) return [];
        return [
          {
            shipmentId: shipment.id,
            rateId: rate.id,
            carrier: rate.carrier,
            service: rate.service,
            amount,
            currency: rate.currency,
            deliveryDays: rate.delivery_days ?? rate.est_delivery_days ?? null,
          },
        ];
      });
    },
    async buyLabel({ shipmentId, rateId }) {
      // A purchase whose answer was lost (a timeout, a crash) is found here, not bought again.
      const existing = await call(() => labels.Shipment.retrieve(shipmentId));
      const bought = labelOf(existing);
      if (bought) return bought;
      const shipment = await call(() => labels.Shipment.buy(shipmentId, rateId));
      const label = labelOf(shipment);
      if (!label) throw new Error(`EasyPost bought shipment ${shipmentId} but sent no label`);
      return label;
    },
    async followTracking({ trackingNumber, carrier }) {
      // EasyPost names carriers its own way ("FedEx", "DHLExpress"); a name it does not know,
      // or a number that does not belong to it, is answered 4xx, and EasyPost then gets one try
      // to recognise the carrier from the number itself.
      const create = (params: { tracking_code: string; carrier?: string }) =>
        call(() => labels.Tracker.create(params)).then(
          () => true,
          (error: unknown) => {
            if (isOutage(error)) throw error;
            return false;
          },
        );
      const named = carrier.replace(/[^A-Za-z0-9]/g, "");
      return (
        (named !== "" && (await create({ tracking_code: trackingNumber, carrier: named }))) ||
        create({ tracking_code: trackingNumber })
      );
    },
    readWebhook(rawBody, headers) {
      let event: EasyPostEvent;
      try {
        event = labels.Utils.validateWebhook(
          Buffer.from(rawBody),
          { "x-hmac-signature": headers.get("x-hmac-signature") ?? undefined },
          options.webhookSecret,
        ) as EasyPostEvent;
      } catch {
        throw new SignatureError("The X-Hmac-Signature header does not match the body");
      }
      return readTrackerEvent(event);
    },
  };
}

// EasyPost weighs parcels in ounces (decimals allowed).
const ounces = (grams: number) => Math.max(0.1, Math.round((grams / 28.349523125) * 10) / 10);

function labelOf(shipment: SdkShipment): BoughtLabel | null {
  const label = shipment.postage_label;
  if (!label || !shipment.tracking_code) return null;
  return {
    carrier: shipment.selected_rate?.carrier ?? shipment.tracker?.carrier ?? "Carrier",
    trackingNumber: shipment.tracking_code,
    trackingUrl: shipment.tracker?.public_url ?? null,
    labelUrl: label.label_pdf_url || label.label_url,
  };
}
