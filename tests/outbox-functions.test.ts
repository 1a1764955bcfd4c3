import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { emails, outboxDeliveries, users } from "@/db/schema";
import type { EventName, EventPayload } from "@/lib/events";
import { functions } from "@/inngest/functions";
import { sweepOutbox } from "@/inngest/functions/sweep-outbox";
import { handlerFunction } from "@/inngest/handler-function";
import { PermanentError } from "@/lib/delivery-failure";
import { enqueueEvent } from "@/lib/events/enqueue";
import { handlerById, type HandlerId, registeredHandlers } from "@/lib/outbox/registry";
import { paidOrder, placedOrder, shippedOrder } from "./helpers/email-fixtures";
import { outboxRow, resetOutbox } from "./helpers/outbox";

// Each Inngest function runs offline with @inngest/test, against this file's database and
// the log sender (RESEND_API_KEY is not set here).

const order = { orderId: 1042, orderNumber: "NW-1042", email: "ada@example.com", customerName: "Ada Lovelace" };
const samples: { [N in EventName]: EventPayload<N> } = {
  "shop/user.registered": { userId: "u-1", email: "ada@example.com", name: "Ada" },
  "shop/email.verification-requested": {
    userId: "u-1",
    email: "ada@example.com",
    verifyUrl: "http://localhost:3000/verify-email?token=t",
    expiresAt: "2026-11-22T10:00:00.000Z",
  },
  "auth/password-reset.requested": { email: "ada@example.com", requestedAt: new Date().toISOString() },
  "shop/order.placed": placedOrder,
  "shop/order.paid": paidOrder,
  "shop/order.packed": { ...order, packedAt: "2026-11-22T07:00:00.000Z" },
  "shop/order.shipped": shippedOrder,
  "shop/order.delivered": { ...order, deliveredAt: "2026-11-24T12:00:00.000Z" },
  "shop/order.tracking-updated": {
    ...order,
    status: "in_transit",
    message: "Arrived at facility",
    carrier: "USPS",
    trackingNumber: "9400111",
    at: "2026-11-23T12:00:00.000Z",
  },
  "shop/order.cancelled": { ...order, cancelledAt: "2026-11-21T12:00:00.000Z", currency: "USD" },
  "shop/order.refunded": {
    ...order,
    refundedAt: "2026-11-25T12:00:00.000Z",
    currency: "USD",
    amount: 1850,
    orderTotal: 26876,
  },
  "shop/order.payment-window-closed": { orderId: 1042, orderNumber: "NW-1042" },
  "shop/order.payment-reminder": {
    ...order,
    currency: "USD",
    bankTransfer: {
      accountName: "Northwind Supply",
      iban: "GB82 WEST 1234 5698 7654 32",
      reference: "NW-1042",
      amount: 26876,
    },
    cancelAfter: "2026-11-28T12:00:00.000Z",
  },
  "catalog/product.changed": { productId: 1, change: "updated" },
  "shop/wishlist.back-in-stock": {
    userId: "u-1",
    email: "ada@example.com",
    productId: 1,
    productName: "Trail Tee",
    productUrl: "http://localhost:3000/products/trail-tee",
    wishlistUrl: "http://localhost:3000/account/wishlist",
  },
  "shop/review.request-due": order,
};

const cronFunctions = ["sweep-outbox", "run-maintenance"];
const handlerFunctions = functions.filter((fn) => !cronFunctions.includes(fn.id()));

beforeEach(resetOutbox);
// A password reset is emailed only to an address with an account (lib/auth/reset-link.ts).
beforeAll(() => db.insert(users).values({ email: "ada@example.com", name: "Ada" }).onConflictDoNothing());

it("has one function per handler in the registry, plus the cron jobs", () => {
  expect(functions.map((fn) => fn.id()).sort()).toEqual(
    [...registeredHandlers.map((h) => h.id), ...cronFunctions].sort(),
  );
});

const run = (fn: (typeof functions)[number], eventId: string) => {
  const handler = handlerById(fn.id() as HandlerId);
  return new InngestTestEngine({
    function: fn,
    events: [{ id: eventId, name: handler.event, data: samples[handler.event] }],
  }).execute();
};

describe.each(handlerFunctions.map((fn) => ({ id: fn.id(), fn })))("function $id", ({ id, fn }) => {
  it("runs its handler in one step, and only once however often the event arrives", async () => {
    const eventId = randomUUID();
    const first = await run(fn, eventId);
    expect(first.error).toBeUndefined();
    expect(first.result).toBe("delivered");
    expect(first.ctx.step.run).toHaveBeenCalledWith(id, expect.any(Function));
    // Inngest may deliver an event twice (or a replay may); the delivery record stops the rerun.
    expect((await run(fn, eventId)).result).toBe("skipped");
    expect(
      await db.select({ handler: outboxDeliveries.handler, status: outboxDeliveries.status }).from(outboxDeliveries),
    ).toEqual([{ handler: id, status: "delivered" }]);
  });
});

const emailFunctions = handlerFunctions.filter((fn) => fn.id().startsWith("send-"));

describe.each(emailFunctions.map((fn) => ({ id: fn.id(), fn })))("email function $id", ({ fn }) => {
  it("records exactly one email for the event", async () => {
    const eventId = randomUUID();
    await run(fn, eventId);
    await run(fn, eventId);
    const sent = await db.select().from(emails).where(eq(emails.eventId, eventId));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ recipient: "ada@example.com", status: "sent", provider: "log" });
    expect(sent[0]!.idempotencyKey).toBe(`${sent[0]!.template}:${eventId}`);
  });
});

describe("a handler function given a payload that fails its schema", () => {
  it("is stopped by the event's schema before the handler runs", async () => {
    const fn = handlerFunctions.find((f) => f.id() === "send-order-confirmation")!;
    const t = new InngestTestEngine({
      function: fn,
      events: [{ id: randomUUID(), name: "shop/order.placed", data: { orderNumber: 7 } }],
    });
    const { error } = await t.execute();
    expect(error).toMatchObject({
      name: "EventValidationError",
      message: expect.stringMatching(/orderId: Invalid input/),
    });
    expect(await db.$count(emails)).toBe(0);
  });
});

describe("a handler that fails for good", () => {
  it("ends its function with a NonRetriableError, so Inngest does not retry it", async () => {
    const rejecting = handlerFunction("send-welcome-email", () => ({
      db,
      email: {
        provider: "resend",
        send: () => Promise.reject(new PermanentError("Resend refused the email: validation_error")),
      },
    }));
    const { error } = await run(rejecting, randomUUID());
    expect(error).toMatchObject({ name: "NonRetriableError", message: expect.stringMatching(/validation_error/) });
    expect(await db.select({ status: outboxDeliveries.status }).from(outboxDeliveries)).toEqual([
      { status: "abandoned" },
    ]);
    expect(await db.select({ status: emails.status }).from(emails)).toEqual([{ status: "failed" }]);
  });
});

describe("sweep-outbox", () => {
  it("drains the outbox on its cron schedule", async () => {
    const { id } = await enqueueEvent(db, "shop/user.registered", samples["shop/user.registered"]);
    const { result, error } = await new InngestTestEngine({ function: sweepOutbox }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await outboxRow(id)).toMatchObject({ status: "delivered" });
    expect(await db.$count(emails)).toBe(1);
  });
});
