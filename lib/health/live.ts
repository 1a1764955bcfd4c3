import { sql } from "drizzle-orm";
import { db } from "@/db";
import { cacheRuntime } from "@/lib/cache";

export type Health = { ok: boolean; database: "ok" | "unavailable"; redis: "ok" | "unavailable" | "not configured" };

/**
 * For load balancers and the e2e runner: healthy only when the database answers. Redis is
 * reported but does not fail the check: without it the store still serves (slower, carts
 * unavailable), and taking every instance out of the balancer would serve nothing.
 */
export async function checkHealth(): Promise<Health> {
  const redis = await cacheRuntime().redisAnswers();
  const redisState = redis === null ? "not configured" : redis ? "ok" : "unavailable";
  try {
    await db.execute(sql`select 1`);
    return { ok: true, database: "ok", redis: redisState };
  } catch {
    return { ok: false, database: "unavailable", redis: redisState };
  }
}
