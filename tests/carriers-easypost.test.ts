import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { breakerStates } from "@/lib/breakers";
import { createEasyPostCarrier } from "@/lib/carriers/easypost";
import { SignatureError } from "@/lib/carriers/types";
import {
  easypostSignature,
  easypostWebhook,
  type FakeEasyPost,
  startFakeEasyPost,
  trackerEvent,
} from "./helpers/fake-easypost";

// The EasyPost provider through its SDK, against a local server that speaks EasyPost's API:
// rates on a new shipment, a label bought once however often it is asked for, the webhook's
// signature checked, and a carrier too slow for its deadline cut off.

let fake: FakeEasyPost;
const from = {
  name: "Northwind",
  street1: "1 Market St",
  city: "San Francisco",
  state: "CA",
  zip: "94105",
  country: "US",
};
const to = { name: "Ada", street1: "2 Main St", city: "Oakland", state: "CA", zip: "94607", country: "US" };

beforeAll(async () => {
  fake = await startFakeEasyPost();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.setDelay(0);
  fake.purchases.length = 0;
});

const carrier = (timeoutMs = 1_500) =>
  createEasyPostCarrier({
    apiKey: fake.apiKey,
    webhookSecret: fake.webhookSecret,
    apiUrl: fake.url,
    ratesTimeoutMs: timeoutMs,
  });

describe("EasyPost carrier", () => {
  it("quotes the rates of a shipment for the parcel's weight in ounces, in minor units", async () => {
    const rates = await carrier().quoteRates({ from, to, weightGrams: 907 });
    expect(rates.map((r) => [r.carrier, r.service, r.amount, r.currency, r.deliveryDays])).toEqual([
      ["USPS", "Priority", 758, "USD", 2],
      ["UPS", "Ground", 1120, "USD", 5],
    ]);
    expect(fake.quotes.at(-1)?.parcel).toEqual({ weight: 32 });
  });

  it("buys a label once: asking again answers the label already bought", async () => {
    const ep = carrier();
    const [rate] = await ep.quoteRates({ from, to, weightGrams: 500 });
    const first = await ep.buyLabel({ shipmentId: rate!.shipmentId, rateId: rate!.rateId });
    const again = await ep.buyLabel({ shipmentId: rate!.shipmentId, rateId: rate!.rateId });
    expect(first.trackingNumber).toMatch(/^9400/);
    expect(first.labelUrl).toMatch(/\.pdf$/);
    expect(again).toEqual(first);
    expect(fake.purchases).toHaveLength(1);
  });

  it("reads a signed tracker webhook and refuses one whose signature does not match", async () => {
    const event = trackerEvent({
      trackingCode: "9400111",
      status: "out_for_delivery",
      message: "Out for delivery",
      city: "Oakland",
      state: "CA",
    });
    const request = easypostWebhook("http://store.test/api/webhooks/easypost", fake.webhookSecret, event);
    expect(carrier().readWebhook(await request.text(), request.headers)).toMatchObject({
      eventId: event.id,
      trackingNumber: "9400111",
      status: "out_for_delivery",
      message: "Out for delivery",
      location: "Oakland, CA, US",
    });
    const forged = new Headers({ "x-hmac-signature": easypostSignature("another-secret", event.body) });
    expect(() => carrier().readWebhook(event.body, forged)).toThrow(SignatureError);
    expect(() => carrier().readWebhook(event.body, new Headers())).toThrow(SignatureError);
  });

  it("gives up on a carrier slower than the deadline, and its breaker opens after repeated failures", async () => {
    fake.setDelay(2_000);
    const ep = carrier(200);
    for (let i = 0; i < 3; i += 1)
      await expect(ep.quoteRates({ from, to, weightGrams: 500 })).rejects.toThrow(/Timeout/);
    await expect(ep.quoteRates({ from, to, weightGrams: 500 })).rejects.toThrow(/circuit breaker open/);
    expect(breakerStates()).toContainEqual({ name: `easypost@${new URL(fake.url).host}`, state: "open" });
  });
});
