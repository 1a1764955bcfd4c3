import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { emails, outbox, outboxDeliveries } from "@/db/schema";
import type { EmailSender } from "@/lib/email/sender";
import { retryOutboxEvent } from "@/lib/outbox/admin";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { enqueueEvent } from "@/lib/events/enqueue";
import { PermanentError } from "@/lib/delivery-failure";
import { InvalidEventError } from "@/lib/events/errors";
import { sendOrderConfirmation } from "@/lib/outbox/handlers/emails";
import { eventHandlers, type EventRegistry } from "@/lib/outbox/registry";
import { startOutboxSweep } from "@/lib/outbox/runtime";
import { inProcessTransport } from "@/lib/outbox/transports";
import { defineHandler } from "@/lib/outbox/types";
import { placedOrder } from "./helpers/email-fixtures";
import { fakeResendForFile } from "./helpers/fake-resend-suite";
import { makeRetriesDue, outboxRow, productChanged, recordingHandler, registryWith } from "./helpers/outbox";

const mail = fakeResendForFile();

const inProcess = (
  registry: EventRegistry = eventHandlers,
  email: EmailSender = mail.sender,
  handlerTimeoutMs?: number,
) =>
  createDispatcher({
    db,
    transport: inProcessTransport({ context: () => ({ db, email }), registry, handlerTimeoutMs }),
    backoff: () => 0,
  });

// A dispatcher "killed" mid-delivery: its drain never settles and is never looked at again.
const abandon = (drain: Promise<unknown>) => void drain.catch(() => {});

async function placeOrder(): Promise<string> {
  return db.transaction(async (tx) => (await enqueueEvent(tx, "shop/order.placed", placedOrder)).id);
}

describe("enqueueEvent", () => {
  it("rejects a payload that does not match its schema, naming the fields, and stores nothing", async () => {
    const bad = { ...placedOrder, email: "not-an-email", items: [{ ...placedOrder.items[0]!, quantity: 0 }] };
    const attempt = db.transaction((tx) => enqueueEvent(tx, "shop/order.placed", bad));
    await expect(attempt).rejects.toBeInstanceOf(InvalidEventError);
    await expect(attempt).rejects.toThrow(
      /Invalid payload for event "shop\/order\.placed": .*email: Invalid email address.*items\.0\.quantity: Too small/,
    );
    expect(await db.$count(outbox)).toBe(0);
  });

  it("rejects an event name that is not in the catalogue of events", async () => {
    // @ts-expect-error: the type system already refuses it; this checks the runtime guard.
    await expect(enqueueEvent(db, "shop/order.teleported", {})).rejects.toThrow(/no such event/);
    expect(await db.$count(outbox)).toBe(0);
  });

  it("stores the validated payload, with unknown fields dropped", async () => {
    const { id } = await enqueueEvent(db, "catalog/product.changed", { ...productChanged(5), secret: "x" } as never);
    expect((await outboxRow(id)).payload).toEqual({ productId: 5, change: "updated" });
  });
});

describe("in-process dispatch with email", () => {
  it("sends exactly one email when the provider fails twice and then succeeds", async () => {
    const id = await placeOrder();
    mail.resend.failNext(2, 503, "internal_server_error");
    const dispatcher = inProcess();
    expect(await dispatcher.drain()).toMatchObject({ retrying: 1 });
    expect(await dispatcher.drain()).toMatchObject({ retrying: 1 });
    expect(await dispatcher.drain()).toMatchObject({ delivered: 1 });

    expect(mail.resend.requests).toHaveLength(3);
    expect(new Set(mail.resend.requests.map((r) => r.idempotencyKey))).toEqual(new Set([`order-confirmation:${id}`]));
    expect(mail.resend.sent).toHaveLength(1);
    const rows = await db.select().from(emails);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "sent",
      attempts: 3,
      providerMessageId: "re_1",
      orderId: placedOrder.orderId,
      eventId: id,
    });
    expect(await outboxRow(id)).toMatchObject({ status: "delivered", attempts: 3 });
  });

  it("sends exactly one email when the handler fails twice after sending, then succeeds", async () => {
    let calls = 0;
    const flaky = defineHandler({
      id: "send-order-confirmation",
      event: "shop/order.placed",
      run: async (event, context) => {
        await sendOrderConfirmation.run(event, context);
        calls += 1;
        if (calls <= 2) throw new Error(`crashed after sending (call ${calls})`);
      },
    });
    const id = await placeOrder();
    const dispatcher = inProcess(registryWith({ "shop/order.placed": [flaky] }));
    await dispatcher.drain();
    await dispatcher.drain();
    expect(await dispatcher.drain()).toMatchObject({ delivered: 1 });
    expect(calls).toBe(3);
    expect(mail.resend.requests).toHaveLength(1);
    expect(await db.$count(emails)).toBe(1);
    expect(await outboxRow(id)).toMatchObject({ status: "delivered", attempts: 3 });
  });

  it("does not send twice when a dispatcher dies between sending and marking the row delivered", async () => {
    const id = await placeOrder();
    // Dispatcher A sends the email, then hangs forever before it can mark the row: a kill.
    const hangs: EventRegistry = registryWith({
      "shop/order.placed": [
        defineHandler({
          id: "send-order-confirmation",
          event: "shop/order.placed",
          run: async (event, context) => {
            await sendOrderConfirmation.run(event, context);
            await new Promise(() => {});
          },
        }),
      ],
    });
    abandon(inProcess(hangs, mail.sender, 3_600_000).drain());
    // Wait until A has finished sending (the email row says so), not merely until the
    // provider saw the request: under load the row is marked a moment later.
    await expect.poll(async () => (await db.select({ status: emails.status }).from(emails))[0]?.status).toBe("sent");
    expect(mail.resend.requests).toHaveLength(1);
    expect(await outboxRow(id)).toMatchObject({ status: "processing" });

    // Its lease runs out; dispatcher B, with the real handlers, takes the row over.
    await db
      .update(outbox)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(outbox.id, id));
    expect(await inProcess().drain()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(mail.resend.requests).toHaveLength(1);
    expect(await db.select({ status: emails.status }).from(emails)).toEqual([{ status: "sent" }]);
    expect(await outboxRow(id)).toMatchObject({ status: "delivered", attempts: 2 });
  });

  it("does not send twice when it dies after the provider accepted but before the email row was marked sent", async () => {
    const id = await placeOrder();
    // The provider call returns, then the process dies: the email row stays "sending".
    const dying: EmailSender = {
      provider: "resend",
      send: async (email) => (await mail.sender.send(email), new Promise(() => {})),
    };
    abandon(inProcess(eventHandlers, dying, 3_600_000).drain());
    await expect.poll(() => mail.resend.requests.length).toBe(1);

    await db
      .update(outbox)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(outbox.id, id));
    await db.update(emails).set({ claimedAt: sql`now() - interval '10 minutes'` });
    expect(await inProcess().drain()).toMatchObject({ delivered: 1 });
    // Sent again with the same idempotency key, which the provider answers with the first email.
    expect(mail.resend.requests).toHaveLength(2);
    expect(mail.resend.requests[1]!.idempotencyKey).toBe(mail.resend.requests[0]!.idempotencyKey);
    expect(mail.resend.sent).toHaveLength(1);
    expect(await db.select({ status: emails.status, attempts: emails.attempts }).from(emails)).toEqual([
      { status: "sent", attempts: 2 },
    ]);
  });
});

describe("handlers of one event", () => {
  it("run independently: a throwing handler neither blocks the others nor makes them run twice", async () => {
    const a = recordingHandler("handler-a");
    const b = recordingHandler("handler-b");
    b.failNext(1);
    const dispatcher = inProcess(registryWith({ "catalog/product.changed": [a.handler, b.handler] }));
    const { id } = await enqueueEvent(db, "catalog/product.changed", productChanged(1));

    expect(await dispatcher.drain()).toMatchObject({ retrying: 1 });
    expect(a.runs).toEqual([id]);
    expect(b.runs).toEqual([]);
    expect((await outboxRow(id)).lastError).toMatch(/handler-b: handler-b failed on purpose/);

    expect(await dispatcher.drain()).toMatchObject({ delivered: 1 });
    expect(a.runs).toEqual([id]); // not run again
    expect(b.runs).toEqual([id]);
    const records = await db
      .select({
        handler: outboxDeliveries.handler,
        status: outboxDeliveries.status,
        attempts: outboxDeliveries.attempts,
      })
      .from(outboxDeliveries)
      .orderBy(outboxDeliveries.handler);
    expect(records).toEqual([
      { handler: "handler-a", status: "delivered", attempts: 1 },
      { handler: "handler-b", status: "delivered", attempts: 2 },
    ]);
  });

  it("stop retrying a handler that fails permanently; staff can put the event back", async () => {
    let refuse = true;
    const picky = defineHandler({
      id: "picky",
      event: "catalog/product.changed",
      run: async () => {
        if (refuse) throw new PermanentError("the provider rejected this for good");
      },
    });
    const other = recordingHandler("other");
    const dispatcher = inProcess(registryWith({ "catalog/product.changed": [picky, other.handler] }));
    const { id } = await enqueueEvent(db, "catalog/product.changed", productChanged(1));

    expect(await dispatcher.drain()).toMatchObject({ failed: 1 });
    expect(other.runs).toEqual([id]);
    expect(await outboxRow(id)).toMatchObject({
      status: "failed",
      attempts: 1,
      lastError: "picky: the provider rejected this for good",
    });
    const [picked] = await db
      .select()
      .from(outboxDeliveries)
      .where(and(eq(outboxDeliveries.eventId, id), eq(outboxDeliveries.handler, "picky")));
    expect(picked).toMatchObject({ status: "abandoned" });

    refuse = false;
    expect(await retryOutboxEvent(db, id)).toBe(true);
    expect(await dispatcher.drain()).toMatchObject({ delivered: 1 });
    expect(other.runs).toEqual([id]);
    expect(await retryOutboxEvent(db, id)).toBe(false); // only failed rows
  });

  it("fail for good on a row whose payload no longer matches its schema", async () => {
    const [row] = await db
      .insert(outbox)
      .values({ name: "shop/order.placed", payload: { orderNumber: 7 } })
      .returning();
    expect(await inProcess().drain()).toMatchObject({ failed: 1 });
    expect((await outboxRow(row!.id)).lastError).toMatch(/no longer matches its schema: orderId: /);
    expect(mail.resend.requests).toHaveLength(0);
  });

  it("are bounded by a timeout, so a hung handler is retried instead of holding the dispatcher", async () => {
    const hung = defineHandler({ id: "hung", event: "catalog/product.changed", run: () => new Promise(() => {}) });
    const dispatcher = createDispatcher({
      db,
      transport: inProcessTransport({
        context: () => ({ db, email: mail.sender }),
        registry: registryWith({ "catalog/product.changed": [hung] }),
        handlerTimeoutMs: 50,
      }),
    });
    const { id } = await enqueueEvent(db, "catalog/product.changed", productChanged(1));
    expect(await dispatcher.drain()).toMatchObject({ retrying: 1 });
    expect((await outboxRow(id)).lastError).toMatch(/hung did not finish within 50 ms/);
  });
});

describe("periodic sweep", () => {
  it("kicks at once, then on an unref'd timer that never keeps the process alive", async () => {
    let kicks = 0;
    const stop = startOutboxSweep({ intervalMs: 20, dispatcher: { kick: () => void (kicks += 1) } });
    const sweep = () => (globalThis as unknown as { __storefrontSweep?: NodeJS.Timeout }).__storefrontSweep;
    expect(kicks).toBe(1);
    expect(sweep()?.hasRef()).toBe(false);
    await expect.poll(() => kicks).toBeGreaterThan(2);
    stop();
    expect(sweep()).toBeUndefined();
  });

  it("is off when the interval is 0", () => {
    let kicks = 0;
    startOutboxSweep({ intervalMs: 0, dispatcher: { kick: () => void (kicks += 1) } });
    expect(kicks).toBe(0);
  });
});

describe("retries", () => {
  it("treat a delivery that hangs past its timeout as failed, so the loop keeps going", async () => {
    const stuck = createDispatcher({
      db,
      transport: { name: "inngest", deliver: () => new Promise(() => {}) },
      deliveryTimeoutMs: 50,
    });
    const { id } = await enqueueEvent(db, "catalog/product.changed", productChanged(1));
    expect(await stuck.drain()).toMatchObject({ retrying: 1 });
    expect((await outboxRow(id)).lastError).toMatch(/did not finish within 50 ms/);
  });

  it("come due only after their backoff", async () => {
    const a = recordingHandler();
    a.failNext(1);
    const dispatcher = createDispatcher({
      db,
      transport: inProcessTransport({
        context: () => ({ db, email: mail.sender }),
        registry: registryWith({ "catalog/product.changed": [a.handler] }),
      }),
      backoff: (n) => n * 60_000,
    });
    const { id } = await enqueueEvent(db, "catalog/product.changed", productChanged(1));
    await dispatcher.drain();
    expect(await dispatcher.drain()).toMatchObject({ claimed: 0 });
    await makeRetriesDue();
    expect(await dispatcher.drain()).toMatchObject({ delivered: 1 });
    expect(a.runs).toEqual([id]);
  });
});
