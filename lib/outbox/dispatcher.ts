import { and, asc, eq, inArray, lte, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { outbox, type OutboxRow } from "@/db/schema";
import { errorMessage, PermanentError } from "@/lib/delivery-failure";
import { log } from "@/lib/log";
import { countDelivered } from "@/lib/metrics";
import { inTraceOf, SpanKind, withSpan } from "@/lib/telemetry";
import { type Backoff, DEFAULT_MAX_ATTEMPTS, defaultBackoff } from "./backoff";
import { withTimeout } from "./timeout";
import type { Transport } from "./transports";

export type DispatcherOptions = {
  db: Db;
  transport: Transport;
  /** Rows claimed per round; they are delivered concurrently. */
  batchSize?: number;
  /** Attempts before a row is marked failed (and kept, with its last error, for staff). */
  maxAttempts?: number;
  backoff?: Backoff;
  /** How long one row's delivery may take before it counts as failed (a hung network call must not stall the loop). */
  deliveryTimeoutMs?: number;
  /** How long a claim holds a row. Longer than the delivery timeout, or two dispatchers overlap. */
  leaseMs?: number;
  /** A drain stops starting new rounds after this long (serverless invocations are short). */
  budgetMs?: number;
  onError?: (error: unknown) => void;
};

export type DrainReport = { claimed: number; delivered: number; retrying: number; failed: number };

/** What a stop left behind: rows whose delivery outlived the grace period, handed back as due. */
export type StopReport = { released: number };

export type Dispatcher = {
  readonly transport: Transport;
  /** Delivers every row that is due now, in rounds of `batchSize`. Safe to run concurrently. */
  drain: () => Promise<DrainReport>;
  /** Schedules a drain on the next turn of the event loop; calls during a drain coalesce into one more. */
  kick: () => void;
  /** Resolves when no kicked drain is running. */
  idle: () => Promise<void>;
  /**
   * For a process that is going away: claims nothing more, waits up to `graceMs` for the rows
   * being delivered, then hands any still unfinished back as due now (claimable by another
   * dispatcher at once, not when the lease runs out). Later drains and kicks do nothing.
   */
  stop: (graceMs: number) => Promise<StopReport>;
};

export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { db, transport } = options;
  const batchSize = options.batchSize ?? 10;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = options.backoff ?? defaultBackoff;
  const deliveryTimeoutMs = options.deliveryTimeoutMs ?? 60_000;
  const leaseMs = options.leaseMs ?? 2 * deliveryTimeoutMs;
  const budgetMs = options.budgetMs ?? 20_000;
  const onError = options.onError ?? ((err) => log.error({ err, module: "outbox" }, "outbox drain failed"));

  // Due rows: pending and past their next attempt, or claimed by a dispatcher whose lease
  // ran out (it died or hung). SKIP LOCKED lets concurrent dispatchers claim disjoint
  // rows without waiting; the lease then keeps the rows theirs after this transaction.
  async function claim(): Promise<OutboxRow[]> {
    return db.transaction(async (tx) => {
      const due = await tx
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          or(
            and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, sql`now()`)),
            and(eq(outbox.status, "processing"), lte(outbox.lockedUntil, sql`now()`)),
          ),
        )
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      if (due.length === 0) return [];
      return tx
        .update(outbox)
        .set({
          status: "processing",
          attempts: sql`${outbox.attempts} + 1`,
          lockedUntil: sql`now() + ${leaseMs}::integer * interval '1 millisecond'`,
          claimToken: sql`gen_random_uuid()`,
          updatedAt: sql`now()`,
        })
        .where(
          inArray(
            outbox.id,
            due.map((row) => row.id),
          ),
        )
        .returning();
    });
  }

  // Every finishing write is fenced by the claim token: a dispatcher that lost its lease
  // to another one cannot overwrite what the new holder does.
  const owned = (row: OutboxRow) => and(eq(outbox.id, row.id), eq(outbox.claimToken, row.claimToken!));
  const release = { lockedUntil: null, claimToken: null, updatedAt: sql`now()` };

  // Rows claimed by this dispatcher whose delivery has not finished: what a stop hands back.
  const inFlight = new Map<string, OutboxRow>();
  const claiming = new Set<Promise<OutboxRow[]>>();
  const drains = new Set<Promise<DrainReport>>();
  let stopping = false;
  let released = false;

  // An attempt cut short by a shutdown is not a failure: the attempt it used is given back,
  // and the row is due at once. The token fence makes the abandoned delivery's own finishing
  // write (should it still come) a no-op, whoever claims the row next.
  async function handBack(rows: OutboxRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    const handedBack = await Promise.all(
      rows.map((row) =>
        db
          .update(outbox)
          .set({
            status: "pending",
            attempts: sql`greatest(${outbox.attempts} - 1, 0)`,
            nextAttemptAt: sql`now()`,
            ...release,
          })
          .where(owned(row))
          .returning({ id: outbox.id }),
      ),
    );
    return handedBack.flat().length;
  }

  // A claim that lands after the stop began is handed back before anything is delivered.
  function claimRound(): Promise<OutboxRow[]> {
    const round = claim().then(async (rows) => {
      if (!stopping) return rows;
      await handBack(rows);
      return [];
    });
    claiming.add(round);
    return round.finally(() => claiming.delete(round));
  }

  async function process(row: OutboxRow): Promise<"delivered" | "retrying" | "failed"> {
    inFlight.set(row.id, row);
    try {
      return await deliverRow(row);
    } finally {
      inFlight.delete(row.id);
    }
  }

  async function deliverRow(row: OutboxRow): Promise<"delivered" | "retrying" | "failed"> {
    if (row.attempts > maxAttempts) {
      // Its last attempt was claimed and never finished: the process died mid-delivery.
      const lastError = `Gave up after ${maxAttempts} attempts; the last one never finished (its dispatcher stopped). ${row.lastError ?? ""}`;
      await db
        .update(outbox)
        .set({ status: "failed", lastError: lastError.trim(), ...release })
        .where(owned(row));
      return "failed";
    }
    try {
      // In the trace of the request that wrote the row: the checkout and its email are one trace.
      await inTraceOf(row.traceContext, () =>
        withSpan(
          `outbox ${row.name}`,
          { kind: SpanKind.CONSUMER, attributes: { "outbox.id": row.id, "outbox.attempt": row.attempts } },
          () =>
            withTimeout(
              transport.deliver({ id: row.id, name: row.name, data: row.payload }),
              deliveryTimeoutMs,
              `Delivering ${row.name} ${row.id}`,
            ),
        ),
      );
    } catch (error) {
      const exhausted = error instanceof PermanentError || row.attempts >= maxAttempts;
      await db
        .update(outbox)
        .set({
          status: exhausted ? "failed" : "pending",
          lastError: errorMessage(error),
          ...(exhausted
            ? {}
            : { nextAttemptAt: sql`now() + ${backoff(row.attempts)}::integer * interval '1 millisecond'` }),
          ...release,
        })
        .where(owned(row));
      return exhausted ? "failed" : "retrying";
    }
    await db
      .update(outbox)
      .set({ status: "delivered", deliveredAt: sql`now()`, lastError: null, ...release })
      .where(owned(row));
    countDelivered(row.name, row.payload);
    return "delivered";
  }

  async function drainRounds(): Promise<DrainReport> {
    const report: DrainReport = { claimed: 0, delivered: 0, retrying: 0, failed: 0 };
    const started = Date.now();
    while (!stopping) {
      const rows = await claimRound();
      report.claimed += rows.length;
      for (const outcome of await Promise.all(rows.map(process))) report[outcome] += 1;
      if (rows.length < batchSize || Date.now() - started > budgetMs) break;
    }
    return report;
  }

  function drain(): Promise<DrainReport> {
    const run = drainRounds();
    drains.add(run);
    return run.finally(() => drains.delete(run));
  }

  async function stop(graceMs: number): Promise<StopReport> {
    stopping = true;
    requested = false;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([Promise.allSettled([...drains]), grace]);
    clearTimeout(timer);
    // Claims are short transactions; what they took is handed back by claimRound itself.
    await Promise.allSettled([...claiming]);
    const count = await handBack([...inFlight.values()]);
    released = true;
    return { released: count };
  }

  let running: Promise<void> | null = null;
  let requested = false;

  function kick(): void {
    if (stopping) return;
    requested = true;
    running ??= (async () => {
      await new Promise((resolve) => setImmediate(resolve));
      while (requested) {
        requested = false;
        try {
          await drain();
        } catch (error) {
          // A delivery handed back at a stop may still fail as the database closes under it.
          if (!released) onError(error);
        }
      }
    })().finally(() => {
      running = null;
    });
  }

  return { transport, drain, kick, idle: async () => void (await running), stop };
}
