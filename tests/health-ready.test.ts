import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/ready/route";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { type CacheRuntime, createCacheRuntime, installCache } from "@/lib/cache";
import type { Readiness } from "@/lib/health";
import { type OwnRedis, startOwnRedis } from "./helpers/own-redis";

// /api/health/ready: what a load balancer asks before sending an instance traffic. The cache
// runs on a Redis of this file's own, installed the way the server installs it at start
// (lib/server-start.ts); the test stops and restarts that Redis. The shared Redis on
// REDIS_URL is never touched.

// Route handlers run here outside Next: there is no request for connection() to wait on.
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));

let redis: OwnRedis;
let runtime: CacheRuntime;

beforeAll(async () => {
  redis = await startOwnRedis();
  runtime = createCacheRuntime({ redisUrl: redis.url, prefix: `ready-${randomBytes(4).toString("hex")}:` });
  installCache(runtime);
});

afterAll(async () => {
  installCache(createCacheRuntime());
  await runtime?.close();
  await redis?.stop();
});

async function ready(): Promise<{ status: number; body: Readiness }> {
  const response = await GET();
  return { status: response.status, body: (await response.json()) as Readiness };
}

describe("readiness", () => {
  it("is 200 with each check's state while everything answers", async () => {
    const { status, body } = await ready();
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      failed: [],
      checks: {
        database: { ok: true, fatal: true, state: "ok" },
        redis: { ok: true, fatal: true, state: "ok" },
        meilisearch: { ok: true, fatal: false, state: "not configured" },
        outbox: { ok: true, fatal: true, detail: { pending: 0, failed: 0, oldestPendingSeconds: 0 } },
        breakers: { ok: true, fatal: false },
      },
    });
  });

  it("is 503 naming redis while its Redis is stopped, and 200 again once it is back, without a restart", async () => {
    await redis.stop();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(down.body.failed).toEqual(["redis"]);
    expect(down.body.checks.redis).toMatchObject({ ok: false, state: "failing" });

    await redis.restart();
    // The breaker refuses for its one-second cool-down, then one trial reconnects.
    await expect.poll(async () => (await ready()).status, { timeout: 10_000, interval: 250 }).toBe(200);
  });

  it("is 503 naming redis, in time, while its Redis accepts connections but answers nothing", async () => {
    redis.freeze();
    try {
      const started = performance.now();
      const frozen = await ready();
      expect(frozen.status).toBe(503);
      expect(frozen.body.failed).toEqual(["redis"]);
      // A guard against a check without a timeout, not a speed claim.
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      redis.thaw();
    }
    await expect.poll(async () => (await ready()).status, { timeout: 10_000, interval: 250 }).toBe(200);
  });

  it("is 503 naming the outbox while pending rows are long overdue; failed rows are reported only", async () => {
    const hourAgo = new Date(Date.now() - 60 * 60_000);
    const [late] = await db
      .insert(outbox)
      .values({ name: "shop/order.placed", payload: {}, nextAttemptAt: hourAgo, createdAt: hourAgo })
      .returning();
    // Due later (a delayed event) or just now: not a backlog.
    await db.insert(outbox).values([
      { name: "shop/review.request-due", payload: {}, nextAttemptAt: new Date(Date.now() + 86_400_000) },
      { name: "shop/order.placed", payload: {}, nextAttemptAt: new Date() },
    ]);
    const stuck = await ready();
    expect(stuck.status).toBe(503);
    expect(stuck.body.failed).toEqual(["outbox"]);
    expect(stuck.body.checks.outbox).toMatchObject({ ok: false, detail: { pending: 3 } });
    expect(stuck.body.checks.outbox?.detail?.oldestPendingSeconds).toBeGreaterThan(3_000);

    await db.update(outbox).set({ status: "failed" }).where(eq(outbox.id, late!.id));
    const reported = await ready();
    expect(reported.status).toBe(200);
    expect(reported.body.checks.outbox).toMatchObject({ ok: true, detail: { pending: 2, failed: 1 } });
  });
});
