import { sql } from "drizzle-orm";
import { connection } from "next/server";
import { db } from "@/db";
import { cacheRuntime } from "@/lib/cache";

// For load balancers and the e2e runner: 200 only when the database answers. Redis is
// reported but does not fail the check: without it the store still serves (slower, carts
// unavailable), and taking every instance out of the balancer would serve nothing.
export async function GET() {
  await connection();
  const redis = await cacheRuntime().redisAnswers();
  const redisState = redis === null ? "not configured" : redis ? "ok" : "unavailable";
  try {
    await db.execute(sql`select 1`);
    return Response.json({ ok: true, database: "ok", redis: redisState });
  } catch {
    return Response.json(
      { ok: false, reason: "database unreachable", database: "unavailable", redis: redisState },
      { status: 503 },
    );
  }
}
