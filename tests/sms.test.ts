import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orders, outbox, smsMessages } from "@/db/schema";
import { PermanentError } from "@/lib/delivery-failure";
import { createLogSender } from "@/lib/email/sender";
import { enqueueEvent } from "@/lib/events";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { textOrderDelivered, textOrderShipped } from "@/lib/outbox/handlers/sms";
import { inProcessTransport } from "@/lib/outbox/transports";
import { createLogSender as createSmsLogSender, createTwilioSender, type SmsSender } from "@/lib/sms/sender";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";
import { startFakeTwilio, type FakeTwilio } from "./helpers/fake-twilio";
import { makeRetriesDue, registryWith } from "./helpers/outbox";

// Texts end to end through the outbox: an order placed with a mobile number and the opt-in,
// its shipped and delivered events, and the handlers texting through the SDK to a local
// server that speaks Twilio's Messages API.

let sender: SmsSender;
vi.mock("@/lib/sms/sender", async (original) => ({
  ...(await original<typeof import("@/lib/sms/sender")>()),
  getSmsSender: () => sender,
}));

const FROM = "+15005550006";
let twilio: FakeTwilio;
let twilioSender: SmsSender;

const dispatcher = createDispatcher({
  db,
  transport: inProcessTransport({
    context: () => ({ db, email: createLogSender(() => {}) }),
    registry: registryWith({ "shop/order.shipped": [textOrderShipped], "shop/order.delivered": [textOrderDelivered] }),
  }),
  backoff: () => 0,
});

beforeAll(async () => {
  twilio = await startFakeTwilio();
  twilioSender = createTwilioSender({
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: FROM,
    apiUrl: twilio.url,
    timeoutMs: 300,
  });
});
afterAll(() => twilio.close());
beforeEach(() => {
  sender = twilioSender;
  twilio.sent.length = 0;
  twilio.requests.length = 0;
});

async function placeOrder(sms: { smsPhone?: string; smsOptIn?: boolean }) {
  const { variantIds } = await insertProduct(db, { variants: [{ price: 2500, stock: 10 }] });
  const placed = await reviewAndPlace(db, {
    lines: [{ variantId: variantIds[0]!, quantity: 1 }],
    details: shopperDetails(sms),
  });
  if (!placed.ok) throw new Error(placed.message);
  return placed.order;
}

const shipped = (order: { id: number; number: string; email: string }) => ({
  orderId: order.id,
  orderNumber: order.number,
  email: order.email,
  carrier: "UPS",
  trackingNumber: "1Z999AA10123456784",
  trackingUrl: "https://track.example.com/1Z999AA10123456784",
  shippedAt: new Date().toISOString(),
  shippingAddress: { fullName: "Ada Lovelace", line1: "1 Main Street", city: "Springfield", country: "US" },
});

async function deliverAll() {
  while ((await dispatcher.drain()).claimed > 0);
}

const textsFor = (orderId: number) => db.select().from(smsMessages).where(eq(smsMessages.orderId, orderId));

// What /api/metrics reports as shop_texts_total for one template and outcome.
async function textsCounted(template: string, outcome: string): Promise<number> {
  const { values } = await metrics().texts.get();
  return values.find((v) => v.labels.template === template && v.labels.outcome === outcome)?.value ?? 0;
}

describe("shipping and delivery texts", () => {
  it("keeps the number (E.164) and the opt-in on the order", async () => {
    const order = await placeOrder({ smsPhone: "+14155552671", smsOptIn: true });
    const [row] = await db
      .select({ phone: orders.phone, smsOptIn: orders.smsOptIn })
      .from(orders)
      .where(eq(orders.id, order.id));
    expect(row).toEqual({ phone: "+14155552671", smsOptIn: true });
  });

  it("texts the opted-in number once when the order ships, naming the order and its tracking", async () => {
    const order = await placeOrder({ smsPhone: "+14155552671", smsOptIn: true });
    const sentBefore = await textsCounted("order-shipped", "sent");
    const event = await enqueueEvent(db, "shop/order.shipped", shipped(order));
    await deliverAll();
    expect(await textsCounted("order-shipped", "sent")).toBe(sentBefore + 1);

    expect(twilio.sent).toHaveLength(1);
    const { params, accountSid } = twilio.sent[0]!;
    expect(accountSid).toBe(twilio.accountSid);
    expect(params).toMatchObject({ To: "+14155552671", From: FROM });
    expect(params.Body).toContain(order.number);
    expect(params.Body).toContain("UPS");
    expect(params.Body).toContain("1Z999AA10123456784");
    expect(params.Body).toContain("Reply STOP");

    const [row] = await textsFor(order.id);
    expect(row).toMatchObject({
      idempotencyKey: `order-shipped:${event.id}`,
      status: "sent",
      provider: "twilio",
      recipient: "+14155552671",
      attempts: 1,
    });
    expect(row!.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
  });

  it("sends one text when the same event is delivered twice", async () => {
    const order = await placeOrder({ smsPhone: "+14155552671", smsOptIn: true });
    const event = {
      id: randomUUID(),
      name: "shop/order.delivered" as const,
      data: { orderId: order.id, orderNumber: order.number, email: order.email, deliveredAt: new Date().toISOString() },
    };
    const first = await textOrderDelivered.run(event, { db, email: createLogSender(() => {}) });
    const second = await textOrderDelivered.run(event, { db, email: createLogSender(() => {}) });
    expect(first).toMatchObject({ outcome: "sent" });
    expect(second).toMatchObject({ outcome: "already-sent" });
    expect(twilio.sent).toHaveLength(1);
    expect(twilio.sent[0]!.params.Body).toContain(`${order.number} was delivered`);
    expect(await textsFor(order.id)).toHaveLength(1);
  });

  it("retries a text Twilio failed to take, and sends it once", async () => {
    const order = await placeOrder({ smsPhone: "+14155552671", smsOptIn: true });
    await enqueueEvent(db, "shop/order.shipped", shipped(order));
    twilio.failNext(1, 503, 20503);
    expect(await dispatcher.drain()).toMatchObject({ retrying: 1 });
    expect(await textsFor(order.id)).toMatchObject([{ status: "failed", error: expect.stringContaining("20503") }]);

    await makeRetriesDue();
    await deliverAll();
    expect(twilio.requests).toHaveLength(2);
    expect(twilio.sent).toHaveLength(1);
    expect(await textsFor(order.id)).toMatchObject([{ status: "sent", attempts: 2, error: null }]);
  });

  it("gives up on a Twilio that does not answer within the timeout, and retries later", async () => {
    const order = await placeOrder({ smsPhone: "+14155552671", smsOptIn: true });
    await enqueueEvent(db, "shop/order.shipped", shipped(order));
    twilio.hangNext(1);
    const started = Date.now();
    expect(await dispatcher.drain()).toMatchObject({ retrying: 1 });
    expect(Date.now() - started).toBeLessThan(10_000);
    await makeRetriesDue();
    await deliverAll();
    expect(twilio.sent).toHaveLength(1);
  });

  it("does not retry a text Twilio refuses as invalid", async () => {
    twilio.failNext(1, 400, 21211);
    await expect(twilioSender.send({ to: "+14155552671", body: "hi" })).rejects.toBeInstanceOf(PermanentError);
  });

  it("texts no one for an order without a number or without the opt-in", async () => {
    const noPhone = await placeOrder({});
    const noOptIn = await placeOrder({ smsPhone: "+14155552671", smsOptIn: false });
    for (const order of [noPhone, noOptIn]) await enqueueEvent(db, "shop/order.shipped", shipped(order));
    await deliverAll();
    expect(twilio.requests).toHaveLength(0);
    expect([...(await textsFor(noPhone.id)), ...(await textsFor(noOptIn.id))]).toEqual([]);
    const rows = await db.select({ status: outbox.status }).from(outbox).where(eq(outbox.status, "pending"));
    expect(rows).toEqual([]);
  });

  it("on the embedded default only logs the text (the sent-text log and a log line)", async () => {
    sender = createSmsLogSender();
    const info = vi.spyOn(log, "info");
    const order = await placeOrder({ smsPhone: "+442079460958", smsOptIn: true });
    await enqueueEvent(db, "shop/order.shipped", shipped(order));
    await deliverAll();
    expect(twilio.requests).toHaveLength(0);
    expect(await textsFor(order.id)).toMatchObject([{ provider: "log", status: "sent", recipient: "+442079460958" }]);
    const line = info.mock.calls.find(([, message]) => String(message).includes("sent-text log"));
    expect(line?.[0]).toMatchObject({ module: "sms", to: "+•••••••••958" });
    info.mockRestore();
  });
});
