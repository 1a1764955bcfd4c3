import { eq, sql } from "drizzle-orm";
import { Inngest } from "inngest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { createDispatcher, type DispatcherOptions } from "@/lib/outbox/dispatcher";
import { enqueueEvent } from "@/lib/events/enqueue";
import { inngestTransport, inProcessTransport, type Transport } from "@/lib/outbox/transports";
import { createLogSender } from "@/lib/email/sender";
import { type FakeInngest, startFakeInngest } from "./helpers/fake-inngest";
import {
  makeRetriesDue,
  outboxRow,
  productChanged,
  recordingHandler,
  registryWith,
  resetOutbox,
} from "./helpers/outbox";

// One contract, two dispatch modes (docs/architecture.md, run modes: every adapter passes one suite). "Delivered
// downstream" means the in-process handler ran, or Inngest accepted the event.

type Mode = {
  name: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  transport: () => Transport;
  /** Event ids in the order their work was done (or accepted) downstream, repeats included. */
  deliveries: () => string[];
  failNextAttempts: (count: number) => void;
  failEvent: (id: string) => void;
};

function inProcessMode(): Mode {
  let recorder = recordingHandler();
  return {
    name: "in-process",
    start: async () => {
      recorder = recordingHandler();
    },
    stop: async () => {},
    transport: () =>
      inProcessTransport({
        context: () => ({ db, email: createLogSender(() => {}) }),
        registry: registryWith({ "catalog/product.changed": [recorder.handler] }),
      }),
    deliveries: () => recorder.runs,
    failNextAttempts: (count) => recorder.failNext(count),
    failEvent: (id) => recorder.failEvent(id),
  };
}

function inngestMode(): Mode {
  let fake: FakeInngest;
  return {
    name: "inngest",
    start: async () => {
      fake = await startFakeInngest();
    },
    stop: () => fake.close(),
    transport: () =>
      inngestTransport(
        new Inngest({ id: "storefront-test", eventKey: fake.eventKey, baseUrl: fake.url, isDev: false }),
      ),
    deliveries: () => fake.received.map((event) => event.id!),
    // inngest.send() retries a failed request 5 times before it gives up.
    failNextAttempts: (count) => fake.failNextRequests(count * 5),
    failEvent: (id) => fake.rejectEvent(id),
  };
}

async function enqueueProducts(ids: number[]): Promise<string[]> {
  return db.transaction(async (tx) => {
    const rows = [];
    for (const id of ids) rows.push((await enqueueEvent(tx, "catalog/product.changed", productChanged(id))).id);
    return rows;
  });
}

describe.each([inProcessMode(), inngestMode()])("outbox dispatch contract: $name", (mode) => {
  const dispatcher = (options: Partial<DispatcherOptions> = {}) =>
    createDispatcher({
      db,
      transport: mode.transport(),
      backoff: () => 60_000,
      onError: (e) => {
        throw e;
      },
      ...options,
    });

  beforeAll(() => mode.start());
  afterAll(() => mode.stop());
  beforeEach(async () => {
    await resetOutbox();
    await mode.stop();
    await mode.start();
  });

  it("delivers each committed event once, with the outbox row id as its id", async () => {
    const ids = await enqueueProducts([1, 2, 3]);
    const report = await dispatcher().drain();
    expect(report).toMatchObject({ claimed: 3, delivered: 3 });
    expect([...mode.deliveries()].sort()).toEqual([...ids].sort());
    for (const id of ids)
      expect(await outboxRow(id)).toMatchObject({ status: "delivered", attempts: 1, lockedUntil: null });
    expect(await dispatcher().drain()).toMatchObject({ claimed: 0 });
    expect(mode.deliveries()).toHaveLength(3);
  });

  it("leaves nothing to deliver when the transaction rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueEvent(tx, "catalog/product.changed", productChanged(1));
        throw new Error("the order could not be placed");
      }),
    ).rejects.toThrow("could not be placed");
    expect(await db.$count(outbox)).toBe(0);
    expect(await dispatcher().drain()).toMatchObject({ claimed: 0 });
    expect(mode.deliveries()).toEqual([]);
  });

  it("retries a failed delivery after a backoff, then delivers it once", async () => {
    const [id] = await enqueueProducts([1]);
    mode.failNextAttempts(1);
    expect(await dispatcher().drain()).toMatchObject({ claimed: 1, retrying: 1 });
    const waiting = await outboxRow(id!);
    expect(waiting).toMatchObject({ status: "pending", attempts: 1 });
    expect(waiting.lastError).toBeTruthy();
    const [{ wait }] = (await db
      .select({ wait: sql<number>`extract(epoch from ${outbox.nextAttemptAt} - now())::float8` })
      .from(outbox)
      .where(eq(outbox.id, id!))) as [{ wait: number }];
    expect(wait).toBeGreaterThan(50);

    expect(await dispatcher().drain()).toMatchObject({ claimed: 0 }); // not due yet
    await makeRetriesDue();
    expect(await dispatcher().drain()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(await outboxRow(id!)).toMatchObject({ status: "delivered", attempts: 2, lastError: null });
    expect(mode.deliveries()).toEqual([id]);
  });

  it("gives up after the last attempt and keeps the row, failed, with its last error", async () => {
    const [id] = await enqueueProducts([1]);
    mode.failNextAttempts(2);
    const twice = dispatcher({ maxAttempts: 2, backoff: () => 0 });
    expect(await twice.drain()).toMatchObject({ retrying: 1 });
    expect(await twice.drain()).toMatchObject({ failed: 1 });
    const row = await outboxRow(id!);
    expect(row).toMatchObject({ status: "failed", attempts: 2 });
    expect(row.lastError).toMatch(/./);
    expect(await twice.drain()).toMatchObject({ claimed: 0 });
    expect(mode.deliveries()).toEqual([]);
  });

  it("does not let one failing event hold up the others", async () => {
    const [bad, ...good] = await enqueueProducts([1, 2, 3]);
    mode.failEvent(bad!);
    expect(await dispatcher().drain()).toMatchObject({ claimed: 3, delivered: 2, retrying: 1 });
    expect([...mode.deliveries()].sort()).toEqual([...good].sort());
    expect(await outboxRow(bad!)).toMatchObject({ status: "pending" });
  });

  it("lets concurrent dispatchers share the work without delivering a row twice", async () => {
    const ids = await enqueueProducts(Array.from({ length: 24 }, (_, i) => i + 1));
    const [a, b] = [dispatcher({ batchSize: 4 }), dispatcher({ batchSize: 4 })];
    const reports = await Promise.all([a.drain(), b.drain(), a.drain()]);
    expect(reports.reduce((sum, r) => sum + r.delivered, 0)).toBe(24);
    expect(mode.deliveries()).toHaveLength(24);
    expect(new Set(mode.deliveries())).toEqual(new Set(ids));
  });

  it("takes over a row whose dispatcher died holding it, once its lease has run out", async () => {
    const [dead, alive] = await enqueueProducts([1, 2]);
    // Both rows claimed by a dispatcher that then stopped; only the first lease has expired.
    await db
      .update(outbox)
      .set({
        status: "processing",
        attempts: 1,
        lockedUntil: sql`now() - interval '1 second'`,
        claimToken: sql`gen_random_uuid()`,
      })
      .where(eq(outbox.id, dead!));
    await db
      .update(outbox)
      .set({
        status: "processing",
        attempts: 1,
        lockedUntil: sql`now() + interval '1 minute'`,
        claimToken: sql`gen_random_uuid()`,
      })
      .where(eq(outbox.id, alive!));
    expect(await dispatcher().drain()).toMatchObject({ claimed: 1, delivered: 1 });
    expect(mode.deliveries()).toEqual([dead]);
    expect(await outboxRow(dead!)).toMatchObject({ status: "delivered", attempts: 2 });
    expect(await outboxRow(alive!)).toMatchObject({ status: "processing" });
  });

  it("holds a delayed event back until its time", async () => {
    const later = await enqueueEvent(db, "catalog/product.changed", productChanged(1), {
      notBefore: new Date(Date.now() + 60_000),
    });
    expect(await dispatcher().drain()).toMatchObject({ claimed: 0 });
    await db
      .update(outbox)
      .set({ nextAttemptAt: sql`now()` })
      .where(eq(outbox.id, later.id));
    expect(await dispatcher().drain()).toMatchObject({ delivered: 1 });
    expect(mode.deliveries()).toEqual([later.id]);
  });

  it("runs a kicked drain in the background, after the caller returns", async () => {
    const [id] = await enqueueProducts([7]);
    const d = dispatcher();
    d.kick();
    d.kick(); // coalesces
    expect(mode.deliveries()).toEqual([]); // nothing happened synchronously
    await d.idle();
    expect(mode.deliveries()).toEqual([id]);
  });
});
