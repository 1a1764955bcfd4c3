import { afterEach, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { cacheRuntime } from "@/lib/cache";

// /api/health: what a load balancer asks. The database decides the status; Redis is reported.

// Route handlers run here outside Next: there is no request for connection() to wait on.
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));

afterEach(() => vi.restoreAllMocks());

it("answers 200 with the database up, and says whether Redis answers without failing on it", async () => {
  expect(await (await GET()).json()).toEqual({ ok: true, database: "ok", redis: "not configured" });
  vi.spyOn(cacheRuntime(), "redisAnswers").mockResolvedValue(false);
  const down = await GET();
  expect(down.status).toBe(200);
  expect(await down.json()).toMatchObject({ ok: true, redis: "unavailable" });
});
