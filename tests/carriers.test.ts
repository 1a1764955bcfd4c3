import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { carrierEvents, emails, orderEvents, orders, outbox, smsMessages } from "@/db/schema";
import type { EventPayload } from "@/lib/events";
import {
  buyLabelAndShip,
  followShippedParcel,
  liveRateOptions,
  openRateSeal,
  receiveCarrierWebhook,
} from "@/lib/carriers";
import { createEasyPostCarrier } from "@/lib/carriers/easypost";
import { forgetQuotedRates } from "@/lib/carriers/rates";
import type { Carrier } from "@/lib/carriers/types";
import type { CheckoutDetails } from "@/lib/checkout/details";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import { createLogSender } from "@/lib/email/sender";
import { transitionOrder } from "@/lib/orders";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { sendDeliveryNotification, sendTrackingUpdate } from "@/lib/outbox/handlers/emails";
import { textOrderDelivered, textTrackingUpdate } from "@/lib/outbox/handlers/sms";
import { inProcessTransport } from "@/lib/outbox/transports";
import { createLogSender as createSmsLogSender } from "@/lib/sms/sender";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";
import { easypostWebhook, type FakeEasyPost, startFakeEasyPost, trackerEvent } from "./helpers/fake-easypost";
import { registryWith } from "./helpers/outbox";

// Carriers end to end below the pages: live rates for the shopper's address and weight from a
// local server speaking EasyPost's API (and the store's rates when it is too slow), the chosen
// rate sealed and priced by the server, a label bought once when staff ship, and the signed
// tracker webhook moving the order once per event with one email and one text.

vi.mock("@/lib/sms/sender", async (original) => ({
  ...(await original<typeof import("@/lib/sms/sender")>()),
  getSmsSender: () => createSmsLogSender(),
}));

const SECRET = "test-secret-for-carrier-rates";
const WEBHOOK = "http://store.test/api/webhooks/easypost";
let fake: FakeEasyPost;
let carrier: Carrier;

const dispatcher = createDispatcher({
  db,
  transport: inProcessTransport({
    context: () => ({ db, email: createLogSender(() => {}) }),
    registry: registryWith({
      "shop/order.tracking-updated": [sendTrackingUpdate, textTrackingUpdate],
      "shop/order.delivered": [sendDeliveryNotification, textOrderDelivered],
    }),
  }),
  backoff: () => 0,
});

beforeAll(async () => {
  fake = await startFakeEasyPost();
  carrier = createEasyPostCarrier({
    apiKey: fake.apiKey,
    webhookSecret: fake.webhookSecret,
    apiUrl: fake.url,
    ratesTimeoutMs: 1_500,
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.setDelay(0);
  fake.purchases.length = 0;
  fake.trackers.length = 0;
  forgetQuotedRates();
});

async function cart(weightGrams = 400) {
  const { variantIds } = await insertProduct(db, { variants: [{ price: 2500, stock: 10, weightGrams }] });
  return [{ variantId: variantIds[0]!, quantity: 2 }];
}

async function ratesFor(details: CheckoutDetails, lines: Awaited<ReturnType<typeof cart>>) {
  const review = await quoteCheckout(db, { currency: "USD", lines, details });
  const options = await liveRateOptions(
    db,
    { address: details.address, email: details.email, lines: review.quote.lines, currency: "USD", secret: SECRET },
    carrier,
  );
  return { review, options };
}

/** A cash-on-delivery order on the carrier's cheapest live rate, packed and ready to ship. */
async function packedCarrierOrder(sms: Partial<CheckoutDetails> = {}) {
  const lines = await cart();
  const details = shopperDetails({ paymentMethod: "cash_on_delivery", ...sms });
  const { options } = await ratesFor(details, lines);
  const chosen = openRateSeal(options[0]!.token, SECRET)!;
  const placed = await reviewAndPlace(db, { lines, details: { ...details, carrierRate: chosen } });
  if (!placed.ok) throw new Error(placed.message);
  const packed = await transitionOrder(db, placed.order.id, "pack", { actor: { kind: "staff", id: null } });
  if (!packed.ok) throw new Error(packed.message);
  return packed.order;
}

const orderRow = async (id: number) => (await db.select().from(orders).where(eq(orders.id, id)))[0]!;

describe("live rates at checkout", () => {
  it("offers the carrier's rates for the address and the cart's weight, and the order is priced from the chosen one", async () => {
    const lines = await cart(400);
    const details = shopperDetails();
    const { review, options } = await ratesFor(details, lines);
    expect(options.map((o) => [o.label, o.price.amount])).toEqual([
      ["USPS Priority", 758],
      ["UPS Ground", 1120],
    ]);
    // 2 × 400 g, in ounces, to the shopper's address.
    expect(fake.quotes.at(-1)).toMatchObject({ parcel: { weight: 28.2 }, to_address: { zip: "10001", country: "US" } });
    expect(review.quote.shipping.method).not.toBe("carrier");

    const chosen = openRateSeal(options[1]!.token, SECRET)!;
    const placed = await reviewAndPlace(db, { lines, details: { ...details, carrierRate: chosen } });
    if (!placed.ok) throw new Error(placed.message);
    expect(placed.order).toMatchObject({
      shippingMethod: "carrier",
      shippingAmount: 1120,
      carrierShipmentId: chosen.shipmentId,
      carrierRateId: chosen.rateId,
    });
    expect(placed.order.shippingMethodLabel).toContain("UPS Ground");
  });

  it("reads no rate from an edited token, and ignores a rate quoted for another address", async () => {
    const lines = await cart();
    const details = shopperDetails();
    const { options, review: storeReview } = await ratesFor(details, lines);
    const [payload, mac] = options[0]!.token.split(".");
    const edited = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as { amount: number };
    edited.amount = 1;
    expect(openRateSeal(`${Buffer.from(JSON.stringify(edited)).toString("base64url")}.${mac}`, SECRET)).toBeNull();

    const elsewhere = { ...details.address, postalCode: "94105", city: "San Francisco", region: "CA" };
    const moved = { ...details, address: elsewhere, carrierRate: openRateSeal(options[0]!.token, SECRET)! };
    const review = await quoteCheckout(db, { currency: "USD", lines, details: moved });
    expect(review.quote.shipping.method).toBe(storeReview.quote.shipping.method);
    expect(review.quote.shipping.carrierRate).toBeUndefined();
  });

  it("falls back to the store's rates alone when the carrier answers too slowly", async () => {
    fake.setDelay(5_000);
    const lines = await cart();
    const details = shopperDetails();
    const { review, options } = await ratesFor(details, lines);
    expect(options).toEqual([]);
    expect(review.quote.shipping.method).toBe("standard");
    expect(review.quote.shipping.price.amount).toBeGreaterThanOrEqual(0);
  });
});

describe("buying a label when staff ship", () => {
  it("buys the label once, stores the tracking number and the label, and ships the order", async () => {
    const order = await packedCarrierOrder();
    const staff = { kind: "staff" as const, id: null };
    const [first, again] = await Promise.all([
      buyLabelAndShip(db, order.id, { actor: staff, idempotencyKey: "ship-form-1:ship" }, carrier),
      buyLabelAndShip(db, order.id, { actor: staff, idempotencyKey: "ship-form-1:ship" }, carrier),
    ]);
    expect([first.ok, again.ok]).toContain(true);
    const retried = await buyLabelAndShip(db, order.id, { actor: staff, idempotencyKey: "ship-form-1:ship" }, carrier);
    expect(retried).toMatchObject({ ok: true, duplicate: true });
    const other = await buyLabelAndShip(db, order.id, { actor: staff, idempotencyKey: "ship-form-2:ship" }, carrier);
    expect(other.ok).toBe(false);

    expect(fake.purchases).toEqual([{ shipmentId: order.carrierShipmentId, rateId: order.carrierRateId }]);
    const row = await orderRow(order.id);
    const bought = fake.shipments.get(order.carrierShipmentId!)!;
    expect(row).toMatchObject({
      status: "shipped",
      carrier: "USPS",
      trackingNumber: bought.tracking_code,
      trackingUrl: bought.tracker!.public_url,
      labelUrl: bought.postage_label!.label_pdf_url,
    });
    const shippedEvents = await db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "shipped")));
    expect(shippedEvents).toHaveLength(1);
  });

  it("refuses an order placed on the store's own rates (there is no shipment to buy)", async () => {
    const lines = await cart();
    const placed = await reviewAndPlace(db, { lines, details: shopperDetails({ paymentMethod: "cash_on_delivery" }) });
    if (!placed.ok) throw new Error(placed.message);
    const result = await buyLabelAndShip(
      db,
      placed.order.id,
      { actor: { kind: "staff" }, idempotencyKey: "k:ship" },
      carrier,
    );
    expect(result).toMatchObject({ ok: false });
    expect(fake.purchases).toHaveLength(0);
  });
});

describe("tracker webhooks", () => {
  async function shippedOrder() {
    const order = await packedCarrierOrder({ smsPhone: "+14155552671", smsOptIn: true });
    const shipped = await buyLabelAndShip(
      db,
      order.id,
      { actor: { kind: "staff" }, idempotencyKey: `${order.id}:ship` },
      carrier,
    );
    if (!shipped.ok) throw new Error(shipped.message);
    return shipped.order;
  }
  const post = (event: { body: string }, signature?: string) =>
    receiveCarrierWebhook(easypostWebhook(WEBHOOK, fake.webhookSecret, event, signature ? { signature } : {}), {
      db,
      carrier,
    });
  const deliverAll = async () => {
    while ((await dispatcher.drain()).claimed > 0);
  };

  it("moves the order once per event however often it arrives: one email and one text each", async () => {
    const order = await shippedOrder();
    const tracking = { shipmentId: order.carrierShipmentId, trackingCode: order.trackingNumber! };
    const transit = trackerEvent({
      ...tracking,
      status: "in_transit",
      message: "Arrived at USPS facility",
      city: "Newark",
      state: "NJ",
    });
    const delivered = trackerEvent({ ...tracking, status: "delivered", message: "Delivered, front door" });
    for (const event of [transit, transit, delivered, delivered]) expect((await post(event)).status).toBe(200);
    await deliverAll();

    expect((await orderRow(order.id)).status).toBe("delivered");
    const timeline = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(timeline.filter((e) => e.type === "in_transit")).toHaveLength(1);
    expect(timeline.filter((e) => e.type === "delivered")).toMatchObject([{ actor: "system" }]);
    expect(await db.select().from(carrierEvents).where(eq(carrierEvents.orderId, order.id))).toHaveLength(2);

    const mails = await db.select().from(emails).where(eq(emails.orderId, order.id));
    expect(mails.filter((m) => m.template === "order-tracking").map((m) => m.subject)).toEqual([
      `Order ${order.number} is in transit`,
    ]);
    expect(mails.filter((m) => m.template === "order-delivered")).toHaveLength(1);
    const texts = await db.select().from(smsMessages).where(eq(smsMessages.orderId, order.id));
    expect(texts.map((t) => t.template).sort()).toEqual(["order-delivered", "order-tracking"]);
    expect(texts.find((t) => t.template === "order-tracking")?.body).toContain("Newark, NJ");
  });

  it("refuses a webhook whose signature does not match, and the order is unchanged", async () => {
    const order = await shippedOrder();
    const delivered = trackerEvent({
      shipmentId: order.carrierShipmentId,
      trackingCode: order.trackingNumber!,
      status: "delivered",
      message: "Delivered",
    });
    const response = await post(delivered, "hmac-sha256-hex=0000");
    expect(response.status).toBe(401);
    expect((await orderRow(order.id)).status).toBe("shipped");
    expect(await db.select().from(carrierEvents).where(eq(carrierEvents.orderId, order.id))).toHaveLength(0);
  });
});

describe("tracking numbers staff type", () => {
  /** An order on the store's own rates shipped with a number staff typed, and the shop/order.shipped event it wrote. */
  async function typedShipment(carrierName: string, trackingNumber: string) {
    const lines = await cart();
    const placed = await reviewAndPlace(db, { lines, details: shopperDetails({ paymentMethod: "cash_on_delivery" }) });
    if (!placed.ok) throw new Error(placed.message);
    const staff = { kind: "staff" as const, id: null };
    await transitionOrder(db, placed.order.id, "pack", { actor: staff });
    const shipped = await transitionOrder(db, placed.order.id, "ship", {
      actor: staff,
      carrier: carrierName,
      trackingNumber,
    });
    if (!shipped.ok) throw new Error(shipped.message);
    return { order: shipped.order, event: await shippedEvent(placed.order.id) };
  }
  async function shippedEvent(orderId: number) {
    const rows = await db.select().from(outbox).where(eq(outbox.name, "shop/order.shipped"));
    const row = rows.find((r) => r.payload.orderId === orderId)!;
    return { id: row.id, data: row.payload as EventPayload<"shop/order.shipped"> };
  }
  const attention = (orderId: number) =>
    db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, "needs_attention")));

  it("hands the number to the carrier service, whose webhooks then move the order", async () => {
    const { order, event } = await typedShipment("UPS", "1Z999AA10123456784");
    expect(await followShippedParcel(db, event, carrier)).toBe("following");
    expect(fake.trackers).toEqual([{ trackingCode: "1Z999AA10123456784", carrier: "UPS" }]);

    const transit = trackerEvent({ trackingCode: "1Z999AA10123456784", status: "in_transit", message: "Departed" });
    const response = await receiveCarrierWebhook(easypostWebhook(WEBHOOK, fake.webhookSecret, transit), {
      db,
      carrier,
    });
    expect(await response.text()).toBe("moved");
    const timeline = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
    expect(timeline.map((e) => e.type)).toContain("in_transit");
  });

  it("lets the carrier service recognise the number when the carrier's name is not one it knows", async () => {
    const { order, event } = await typedShipment("DHL", "1Z999AA10123456785");
    expect(await followShippedParcel(db, event, carrier)).toBe("following");
    expect(fake.trackers).toEqual([{ trackingCode: "1Z999AA10123456785", carrier: "UPS" }]);
    expect(await attention(order.id)).toHaveLength(0);
  });

  it("tells staff once on the order when no carrier can follow the number", async () => {
    const { order, event } = await typedShipment("Local courier", "ABC-123");
    expect(await followShippedParcel(db, event, carrier)).toBe("refused");
    expect(await followShippedParcel(db, event, carrier)).toBe("refused");
    expect(fake.trackers).toHaveLength(0);
    const flags = await attention(order.id);
    expect(flags).toHaveLength(1);
    expect(flags[0]!.data.message).toContain("Local courier tracking number ABC-123");
  });

  it("leaves a label bought here to the carrier, and a carrier outage to the outbox's retry", async () => {
    const order = await packedCarrierOrder();
    const shipped = await buyLabelAndShip(
      db,
      order.id,
      { actor: { kind: "staff" }, idempotencyKey: "b:ship" },
      carrier,
    );
    if (!shipped.ok) throw new Error(shipped.message);
    expect(await followShippedParcel(db, await shippedEvent(order.id), carrier)).toBe("bought-label");
    expect(fake.trackers).toHaveLength(0);

    const { order: typed, event } = await typedShipment("UPS", "1Z999AA10123456786");
    expect(await followShippedParcel(db, event, null)).toBe("no-carrier");
    fake.setDelay(5_000);
    await expect(followShippedParcel(db, event, carrier)).rejects.toThrow();
    expect(await attention(typed.id)).toHaveLength(0);
  });
});
