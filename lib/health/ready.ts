import { TimeoutStrategy, timeout } from "cockatiel";
import { sql } from "drizzle-orm";
import { Meilisearch } from "meilisearch";
import { db } from "@/db";
import { breakerStates } from "@/lib/breakers";
import { cacheRuntime } from "@/lib/cache";
import { env } from "@/lib/env";
import { outboxBacklog } from "@/lib/outbox";

// Readiness: should the load balancer send this instance traffic? Every check runs at once,
// each within CHECK_TIMEOUT_MS, so the answer comes in time for the balancer's own timeout.
//
// Fatal (503) when it fails:
// - the database: nothing is served without it;
// - Redis, when configured: this instance cannot keep carts, and a Redis that only this
//   instance cannot reach is exactly what a balancer should route around. A Redis down for
//   every instance makes them all unready; balancers that route to all targets when none is
//   healthy (the usual "fail open") keep serving, degraded, which is what the store does.
// - the outbox backlog: pending rows due for long mean no dispatcher delivers (order emails,
//   stock releases).
// Reported without failing:
// - Meilisearch: searches fall back to Postgres (lib/search/fallback.ts), so the instance
//   still answers every page; taking it out would turn a slower search into no store.
// - failed outbox rows: used-up attempts waiting for staff in /admin/events; more instances
//   would not deliver them.
// - breakers not closed: Stripe's or Resend's is shared trouble no instance can route
//   around, and Redis's and the search's are covered by their own checks.

const CHECK_TIMEOUT_MS = 1_500;

/**
 * A pending row due longer than this means no dispatcher is delivering. Longer than the sweep
 * interval and a retry's back-off, so a busy minute is not an outage.
 */
const OUTBOX_OVERDUE_SECONDS = 10 * 60;

export type CheckState = {
  ok: boolean;
  /** Whether a failure makes the instance unready. */
  fatal: boolean;
  /** "not configured" when the store runs without it (embedded default). */
  state: "ok" | "failing" | "not configured";
  ms: number;
  error?: string;
  detail?: Record<string, unknown>;
};

export type Readiness = { ok: boolean; failed: string[]; checks: Record<string, CheckState> };

type Outcome = { ok: boolean; detail?: Record<string, unknown>; error?: string } | "not configured";
type Check = { fatal: boolean; run: () => Promise<Outcome> };

const checks: Record<string, Check> = {
  database: {
    fatal: true,
    run: async () => (await db.execute(sql`select 1`), { ok: true }),
  },
  redis: {
    fatal: true,
    run: async () => {
      const answers = await cacheRuntime().redisAnswers();
      return answers === null ? "not configured" : { ok: answers, ...(answers ? {} : { error: "no answer" }) };
    },
  },
  meilisearch: {
    fatal: false,
    run: async () => {
      if (!env.MEILISEARCH_HOST) return "not configured";
      const client = new Meilisearch({
        host: env.MEILISEARCH_HOST,
        apiKey: env.MEILISEARCH_API_KEY,
        timeout: CHECK_TIMEOUT_MS,
      });
      const { status } = await client.health();
      return { ok: status === "available", detail: { status } };
    },
  },
  outbox: {
    fatal: true,
    run: async () => {
      const backlog = await outboxBacklog(db);
      const overdue = backlog.oldestPendingSeconds > OUTBOX_OVERDUE_SECONDS;
      return {
        ok: !overdue,
        detail: backlog,
        ...(overdue ? { error: `a pending row has been due for ${Math.round(backlog.oldestPendingSeconds)} s` } : {}),
      };
    },
  },
  breakers: {
    fatal: false,
    run: async () => {
      // Names without their host: this answer is public, the servers' addresses are not.
      const notClosed = breakerStates()
        .filter((b) => b.state !== "closed")
        .map((b) => ({ name: b.name.split("@")[0], state: b.state }));
      return { ok: notClosed.length === 0, detail: { notClosed } };
    },
  },
};

const withinTime = timeout(CHECK_TIMEOUT_MS, TimeoutStrategy.Aggressive);

async function runCheck(check: Check): Promise<CheckState> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const outcome = await withinTime.execute(() => check.run());
    if (outcome === "not configured") return { ok: true, fatal: check.fatal, state: outcome, ms: ms() };
    return { ...outcome, fatal: check.fatal, state: outcome.ok ? "ok" : "failing", ms: ms() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, fatal: check.fatal, state: "failing", ms: ms(), error: message.slice(0, 200) };
  }
}

/** Every check, in parallel; not ready when a fatal one fails, with its name in `failed`. */
export async function checkReadiness(): Promise<Readiness> {
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => [name, await runCheck(check)] as const),
  );
  const failed = entries.filter(([, state]) => state.fatal && !state.ok).map(([name]) => name);
  return { ok: failed.length === 0, failed, checks: Object.fromEntries(entries) };
}
