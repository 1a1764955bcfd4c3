import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { smsMessages, smsOptOuts } from "@/db/schema";
import { createLogSender } from "@/lib/email/sender";
import { log } from "@/lib/log";
import { textOrderShipped } from "@/lib/outbox/handlers/sms";
import { receiveTwilioWebhook } from "@/lib/sms";
import { createTwilioSender, type SmsSender } from "@/lib/sms/sender";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";
import { inboundMessage, startFakeTwilio, type FakeTwilio } from "./helpers/fake-twilio";

// Opting out by replying STOP: Twilio posts the reply to the store's webhook, signed with the
// account's auth token over the public URL; the store records the number and texts it no more
// until it replies START. A request without a good signature changes nothing.

let sender: SmsSender;
vi.mock("@/lib/sms/sender", async (original) => ({
  ...(await original<typeof import("@/lib/sms/sender")>()),
  getSmsSender: () => sender,
}));

const PUBLIC_URL = "https://shop.example.com";
const WEBHOOK = `${PUBLIC_URL}/api/webhooks/twilio`;
const PHONE = "+14155550123";
let twilio: FakeTwilio;

beforeAll(async () => {
  twilio = await startFakeTwilio();
  sender = createTwilioSender({
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: "+15005550006",
    apiUrl: twilio.url,
  });
});
afterAll(() => twilio.close());

const webhook = (request: Request) =>
  receiveTwilioWebhook(request, { authToken: twilio.authToken, publicUrl: PUBLIC_URL });

async function shipNewOrder() {
  const { variantIds } = await insertProduct(db, { variants: [{ price: 1200, stock: 5 }] });
  const placed = await reviewAndPlace(db, {
    lines: [{ variantId: variantIds[0]!, quantity: 1 }],
    details: shopperDetails({ smsPhone: PHONE, smsOptIn: true }),
  });
  if (!placed.ok) throw new Error(placed.message);
  const { order } = placed;
  const data = {
    orderId: order.id,
    orderNumber: order.number,
    email: order.email,
    carrier: "USPS",
    trackingNumber: "9400100000000000000000",
    shippedAt: new Date().toISOString(),
    shippingAddress: { fullName: "Ada Lovelace", line1: "1 Main Street", city: "Springfield", country: "US" },
  };
  return textOrderShipped.run(
    { id: randomUUID(), name: "shop/order.shipped", data },
    { db, email: createLogSender(() => {}) },
  );
}

describe("STOP and START through Twilio's inbound webhook", () => {
  it("refuses a badly signed request with 403 and records nothing", async () => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    const forged = inboundMessage(twilio.authToken, WEBHOOK, { From: PHONE, Body: "STOP" }, { signature: "bm9wZQ==" });
    expect((await webhook(forged)).status).toBe(403);
    // Signed with another token, or for another URL: refused too.
    const otherToken = inboundMessage("not-the-token", WEBHOOK, { From: PHONE, Body: "STOP" });
    expect((await webhook(otherToken)).status).toBe(403);
    const otherUrl = inboundMessage(twilio.authToken, "https://evil.example/api/webhooks/twilio", {
      From: PHONE,
      Body: "STOP",
    });
    expect((await webhook(otherUrl)).status).toBe(403);
    expect(await db.select().from(smsOptOuts)).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("answers 404 while Twilio is not configured", async () => {
    const { POST } = await import("@/app/api/webhooks/twilio/route");
    const response = await POST(inboundMessage(twilio.authToken, WEBHOOK, { From: PHONE, Body: "STOP" }));
    expect(response.status).toBe(404);
  });

  it("stops later texts after a correctly signed STOP, and resumes them after START", async () => {
    expect(await shipNewOrder()).toMatchObject({ outcome: "sent" });
    expect(twilio.sent).toHaveLength(1);

    const stop = await webhook(inboundMessage(twilio.authToken, WEBHOOK, { From: PHONE, Body: " stop " }));
    expect(stop.status).toBe(200);
    expect(stop.headers.get("content-type")).toMatch(/^text\/xml/);
    expect(await stop.text()).toMatch(/<Response\s*\/>|<Response><\/Response>/);
    expect(await db.select({ phone: smsOptOuts.phone }).from(smsOptOuts)).toEqual([{ phone: PHONE }]);
    // Twilio may deliver the same webhook again: still one row.
    await webhook(inboundMessage(twilio.authToken, WEBHOOK, { From: PHONE, Body: "STOP" }));
    expect(await db.select().from(smsOptOuts)).toHaveLength(1);

    expect(await shipNewOrder()).toEqual({ outcome: "opted-out" });
    expect(twilio.sent).toHaveLength(1);

    const start = await webhook(inboundMessage(twilio.authToken, WEBHOOK, { From: PHONE, Body: "START" }));
    expect(start.status).toBe(200);
    expect(await db.select().from(smsOptOuts)).toEqual([]);
    expect(await shipNewOrder()).toMatchObject({ outcome: "sent" });
    expect(twilio.sent).toHaveLength(2);
    const logged = await db.select().from(smsMessages).where(eq(smsMessages.recipient, PHONE));
    expect(logged.map((row) => row.status)).toEqual(["sent", "sent"]);
  });

  it("ignores other replies", async () => {
    const reply = await webhook(inboundMessage(twilio.authToken, WEBHOOK, { From: "+14155550999", Body: "Thanks!" }));
    expect(reply.status).toBe(200);
    expect(await db.select().from(smsOptOuts).where(eq(smsOptOuts.phone, "+14155550999"))).toEqual([]);
  });
});
