import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, orderEvents, orders, settings } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/place-order";
import { orderEventDetail } from "@/lib/orders/labels";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import type { CheckoutDetails } from "@/lib/checkout/details";
import { startStripeCheckout } from "@/lib/payments/checkout-session";
import { createStripeClient } from "@/lib/stripe/stripe-client";
import { createUser, form, signInAs } from "./admin-helpers";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";
import { type FakeCardOutcome, type FakeStripe, startFakeStripe } from "./helpers/fake-stripe";

// The fraud check end to end: orders placed as the checkout places them, card payments reported
// by a local server speaking Stripe's API (the charge's Radar outcome and card chosen by the
// test) through the signed webhook, and staff working the held order through the admin actions.

const stripeState = vi.hoisted(() => ({ fake: undefined as FakeStripe | undefined }));
vi.mock("@/lib/stripe/settings", async (original) => ({
  ...(await original<typeof import("@/lib/stripe/settings")>()),
  stripeSettings: () => ({
    secretKey: stripeState.fake!.secretKey,
    webhookSecret: stripeState.fake!.webhookSecret,
    apiUrl: stripeState.fake!.url,
  }),
}));
vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));

const { orderTransitionAction, approveOrderAction } = await import("@/app/admin/orders/actions");
const { saveRiskSettingsAction } = await import("@/app/admin/settings/risk/actions");
const { listAdminOrders } = await import("@/lib/admin/order-reads");
const { POST } = await import("@/app/api/webhooks/stripe/route");

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
  stripeState.fake = fake;
});
afterAll(() => fake.close());
beforeEach(async () => {
  signInAs(await createUser("staff"));
});

const stripe = () => createStripeClient({ secretKey: fake.secretKey, apiUrl: fake.url });
const run = randomBytes(3).toString("hex");
const key = () => `form-${randomBytes(8).toString("hex")}`;

async function orderRow(id: number) {
  const [row] = await db.select().from(orders).where(eq(orders.id, id));
  return row!;
}

async function product(price = 3000) {
  const { variantIds } = await insertProduct(db, { name: "Headlamp", variants: [{ price, stock: 100 }] });
  return variantIds[0]!;
}

/** Review then place, as the checkout does, from an IP (the per-IP signals need one). */
async function place(details: CheckoutDetails, options: { ip?: string; variantId?: number; quantity?: number } = {}) {
  const lines = [{ variantId: options.variantId ?? (await product()), quantity: options.quantity ?? 1 }];
  const review = await quoteCheckout(db, { currency: "USD", lines, details });
  const placed = await placeOrder(db, {
    attemptKey: randomBytes(12).toString("base64url"),
    ownerKey: `cart:${randomBytes(6).toString("hex")}`,
    userId: null,
    currency: "USD",
    cartLines: lines,
    details,
    expectedFingerprint: review.fingerprint,
    stripeAvailable: true,
    ip: options.ip,
  });
  if (!placed.ok) throw new Error(placed.message);
  return placed.order;
}

/** A card order paid at (fake) Stripe, the charge's outcome as given, the webhook delivered signed. */
async function paidCardOrder(card: FakeCardOutcome) {
  const order = await place(shopperDetails({ paymentMethod: "stripe" }));
  const started = await startStripeCheckout(db, order.id, { stripe: stripe() });
  if (!started.ok) throw new Error(started.message);
  const sessionId = started.url.split("/pay/")[1]!;
  const { body, signature } = await fake.sign(
    fake.event("checkout.session.completed", fake.complete(sessionId, { card })),
  );
  const response = await POST(
    new Request("http://localhost/api/webhooks/stripe", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "stripe-signature": signature },
    }),
  );
  expect(response.status).toBe(200);
  return orderRow(order.id);
}

const act = (orderId: number, action: string, extra: Record<string, string> = {}) =>
  orderTransitionAction(null, form({ orderId: String(orderId), action, idempotencyKey: key(), ...extra }));

const codes = (order: { riskReasons: { code: string }[] }) => order.riskReasons.map((r) => r.code).sort();

describe("a high-risk card order", () => {
  it.each([
    ["highest", 88],
    ["elevated", 67],
  ] as const)(
    "Radar %s and a card from another country: held, cannot be packed until approved, and the approval is audited",
    async (riskLevel, riskScore) => {
      const order = await paidCardOrder({ riskLevel, riskScore, country: "FR", fingerprint: `fp_${run}_${riskLevel}` });
      expect(order).toMatchObject({ status: "paid", riskLevel: "high", cardCountry: "FR", riskApprovedAt: null });
      expect(codes(order)).toEqual([`radar_${riskLevel}`, "card_country"].sort());
      expect(order.riskReasons.map((r) => r.text)).toContain("The card was issued in FR, but the order ships to US.");
      expect(order.riskReasons.map((r) => r.text).join(" ")).toContain(`(score ${riskScore} of 100)`);

      // Staff see it first, with its reasons.
      const [first] = (await listAdminOrders({})).rows;
      expect(first).toMatchObject({ id: order.id, held: true, riskLevel: "high" });

      const packing = await act(order.id, "pack");
      expect(packing).toMatchObject({
        ok: false,
        formError: expect.stringMatching(/^This order is held for a risk review/),
      });
      const shipping = await act(order.id, "ship", { carrier: "UPS", trackingNumber: "1Z999" });
      expect(shipping).toMatchObject({ ok: false, formError: expect.stringMatching(/held for a risk review/) });
      expect((await orderRow(order.id)).status).toBe("paid");

      const formKey = key();
      const approval = form({ orderId: String(order.id), idempotencyKey: formKey });
      expect(await approveOrderAction(null, approval)).toMatchObject({
        ok: true,
        message: `Order ${order.number} approved: it can be packed and shipped.`,
      });
      // The same form again changes nothing and writes no second audit row.
      expect(await approveOrderAction(null, approval)).toMatchObject({
        ok: true,
        message: "Already done: this form was sent before, nothing changed.",
      });
      const audits = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "order.approve_risk"), eq(auditLog.entityId, String(order.id))));
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        before: { riskLevel: "high", riskApprovedAt: null },
        after: { riskLevel: "high", riskApprovedAt: expect.any(String) },
      });
      const approvedEvents = await db
        .select()
        .from(orderEvents)
        .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.type, "risk_approved")));
      expect(approvedEvents).toHaveLength(1);
      expect(approvedEvents[0]!.actor).toBe("staff");

      expect(await act(order.id, "pack")).toMatchObject({ ok: true });
      expect((await orderRow(order.id)).status).toBe("packed");
      expect((await listAdminOrders({})).rows.find((r) => r.id === order.id)?.held).toBe(false);
    },
  );

  it("can be cancelled instead, which refunds the card through Stripe", async () => {
    const order = await paidCardOrder({ riskLevel: "highest", riskScore: 95, country: "US" });
    expect(order.riskLevel).toBe("high");
    expect(await act(order.id, "cancel", { confirm: "yes", reason: "Looks like fraud" })).toMatchObject({ ok: true });
    expect(await orderRow(order.id)).toMatchObject({ status: "cancelled", refundedAmount: order.totalAmount });
    expect(fake.requests.some((r) => r.method === "POST" && r.path === "/v1/refunds")).toBe(true);
    // Nothing left to approve.
    expect(await approveOrderAction(null, form({ orderId: String(order.id), idempotencyKey: key() }))).toMatchObject({
      ok: false,
      formError: "This order is closed; there is nothing to approve.",
    });
  });

  it("a normal Radar outcome with the card from the delivery country leaves the order normal, packable at once", async () => {
    const order = await paidCardOrder({ riskLevel: "normal", riskScore: 12, country: "US" });
    expect(order).toMatchObject({ status: "paid", riskLevel: "normal", riskReasons: [], cardCountry: "US" });
    expect(await approveOrderAction(null, form({ orderId: String(order.id), idempotencyKey: key() }))).toMatchObject({
      ok: false,
      formError: "This order is not held, so there is nothing to approve.",
    });
    expect(await act(order.id, "pack")).toMatchObject({ ok: true });
  });

  it("the same card on too many orders counts against it", async () => {
    const fingerprint = `fp_${run}_reused`;
    for (let i = 0; i < 3; i++) expect((await paidCardOrder({ fingerprint })).riskLevel).toBe("normal");
    const fourth = await paidCardOrder({ fingerprint });
    expect(fourth).toMatchObject({ riskLevel: "elevated", cardFingerprint: fingerprint });
    expect(fourth.riskReasons.map((r) => r.text)).toEqual([
      "4 orders with this card in the last 24 hours (more than 3).",
    ]);
  });
});

describe("signals known at placement", () => {
  it("a first order far above the store's average from a throwaway address is elevated with both reasons", async () => {
    // An average to compare with: five paid orders of $30.
    const variantId = await product(3000);
    for (let i = 0; i < 5; i++) {
      const placed = await reviewAndPlace(db, { lines: [{ variantId, quantity: 1 }], details: shopperDetails() });
      if (!placed.ok) throw new Error(placed.message);
      await db.update(orders).set({ status: "paid", paidAt: new Date() }).where(eq(orders.id, placed.order.id));
    }
    const big = await place(shopperDetails({ email: `big-${run}@mailinator.com` }), {
      variantId: await product(500_000),
    });
    expect(big.riskLevel).toBe("elevated");
    expect(codes(big)).toEqual(["disposable_email", "first_order_large"]);
    expect(big.riskReasons.map((r) => r.text)).toContain(
      "The email address is at a throwaway email service (mailinator.com).",
    );
    expect(big.riskReasons.find((r) => r.code === "first_order_large")?.text).toMatch(
      /^First order from this email, \$5,\d{3}\.\d\d, is [\d.]+× the store's average order of \$[\d,.]+\.$/,
    );
    // Elevated is a note for staff, not a hold.
    const events = await db
      .select()
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, big.id), eq(orderEvents.type, "risk_assessed")));
    expect(events[0]?.data).toMatchObject({ level: "elevated", score: 50 });
    // Staff's timeline says it in words.
    expect(orderEventDetail("risk_assessed", events[0]!.data, "USD")).toMatch(
      /^Elevated risk: First order from this email, .* The email address is at a throwaway email service \(mailinator\.com\)\.$/,
    );
    await db.update(orders).set({ status: "paid", paidAt: new Date() }).where(eq(orders.id, big.id));
    expect(await act(big.id, "pack")).toMatchObject({ ok: true });
  });

  it("many orders from one email or one IP raise the level, up to a hold by the owner's thresholds", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 200)}.7`;
    const email = `busy-${run}@example.com`;
    const card = (to: string) => shopperDetails({ email: to, paymentMethod: "stripe" });
    const placed = [];
    for (let i = 0; i < 4; i++) placed.push(await place(card(email), { ip }));
    expect(placed.slice(0, 3).map((o) => o.riskLevel)).toEqual(["normal", "normal", "normal"]);
    expect(placed[3]).toMatchObject({ riskLevel: "elevated" });
    expect(placed[3]!.riskReasons.map((r) => r.text)).toEqual([
      "4 orders with this email in the last 24 hours (more than 3).",
    ]);

    // Other emails from the same IP: the sixth order from it counts against it.
    const fifth = await place(card(`other-a-${run}@example.com`), { ip });
    expect(fifth.riskLevel).toBe("normal");
    const sixth = await place(card(`other-b-${run}@example.com`), { ip });
    expect(sixth.riskReasons.map((r) => r.text)).toEqual([
      "6 orders from this IP address in the last 24 hours (more than 5).",
    ]);

    // The owner lowers the high threshold: both signals together now hold the order.
    signInAs(await createUser("admin"));
    expect(
      await saveRiskSettingsAction(
        null,
        form({
          elevatedScore: "25",
          highScore: "50",
          velocityHours: "24",
          maxOrdersPerEmail: "3",
          maxOrdersPerIp: "5",
          maxOrdersPerCard: "3",
          averageOrderFactor: "4",
          openUnpaidFlag: "2",
        }),
      ),
    ).toMatchObject({ ok: true, message: "Risk settings saved." });
    const seventh = await place(card(email), { ip });
    expect(seventh).toMatchObject({ riskLevel: "high", riskScore: 50 });
    expect(codes(seventh)).toEqual(["velocity_email", "velocity_ip"]);
    await db.delete(settings).where(eq(settings.section, "risk"));
  });

  it("open unpaid bank transfers from one email are flagged below the checkout's cap", async () => {
    const details = shopperDetails({ paymentMethod: "bank_transfer" });
    expect((await place(details)).riskLevel).toBe("normal");
    const second = await place(details);
    expect(second.riskLevel).toBe("elevated");
    expect(second.riskReasons.map((r) => r.text)).toEqual([
      "2 bank transfer or cash-on-delivery orders with this email are waiting for payment.",
    ]);
  });

  it("the risk settings refuse thresholds that make no sense", async () => {
    signInAs(await createUser("admin"));
    const result = await saveRiskSettingsAction(
      null,
      form({
        elevatedScore: "60",
        highScore: "40",
        velocityHours: "0",
        maxOrdersPerEmail: "3",
        maxOrdersPerIp: "5",
        maxOrdersPerCard: "3",
        averageOrderFactor: "4",
        openUnpaidFlag: "2",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { velocityHours: ["At least 1."] },
    });
  });
});
