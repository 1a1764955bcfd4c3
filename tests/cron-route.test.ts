import { eq, sql } from "drizzle-orm";
import { afterAll, beforeEach, expect, it, vi } from "vitest";
import { GET } from "@/app/api/cron/[job]/route";
import { db } from "@/db";
import { emails, outbox } from "@/db/schema";
import { env } from "@/lib/env";
import { enqueueEvent } from "@/lib/events/enqueue";
import { resetOutbox } from "./helpers/outbox";

// /api/cron/<job>: the scheduled work a serverless host (Vercel Cron) triggers over HTTP.

// Route handlers run here outside Next: there is no request for connection() to wait on.
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));

const secret = "cron-secret-for-tests-0123456789";

// lib/env parsed process.env before this file ran (the setup file opened the database);
// the route reads the parsed value on each call.
beforeEach(async () => {
  env.CRON_SECRET = secret;
  await resetOutbox();
});
afterAll(() => {
  env.CRON_SECRET = undefined;
});

const call = (job: string, authorization?: string) =>
  GET(new Request(`http://localhost/api/cron/${job}`, { headers: authorization ? { authorization } : {} }), {
    params: Promise.resolve({ job }),
  });

it("refuses a call without the bearer secret, or with a wrong one, and runs nothing", async () => {
  const { id } = await enqueueEvent(db, "shop/user.registered", {
    userId: "u-1",
    email: "ada@example.com",
    name: "Ada",
  });
  expect((await call("outbox")).status).toBe(401);
  expect((await call("outbox", `Bearer ${secret.replace(/.$/, "x")}`)).status).toBe(401);
  expect((await call("outbox", secret)).status).toBe(401);
  expect((await db.select({ status: outbox.status }).from(outbox).where(eq(outbox.id, id)))[0]?.status).toBe("pending");
});

it("the outbox job delivers due rows: the email goes out", async () => {
  const { id } = await enqueueEvent(db, "shop/user.registered", {
    userId: "u-1",
    email: "ada@example.com",
    name: "Ada",
  });
  const response = await call("outbox", `Bearer ${secret}`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ job: "outbox", report: { claimed: 1, delivered: 1 } });
  expect((await db.select({ status: outbox.status }).from(outbox).where(eq(outbox.id, id)))[0]?.status).toBe(
    "delivered",
  );
  expect(await db.$count(emails, sql`${emails.recipient} = 'ada@example.com'`)).toBe(1);
});

it("the maintenance job reports what it pruned", async () => {
  await db.insert(outbox).values({
    name: "shop/user.registered",
    payload: { userId: "u-1" },
    status: "delivered",
    deliveredAt: new Date(Date.now() - 40 * 86_400_000),
  });
  const response = await call("maintenance", `Bearer ${secret}`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ job: "maintenance", report: { prunedEvents: 1 } });
});

it("is not there at all until CRON_SECRET is set", async () => {
  env.CRON_SECRET = undefined;
  const response = await call("outbox", "Bearer ");
  expect(response.status).toBe(404);
  expect((await response.json()).error).toMatch(/CRON_SECRET/);
});

it("names the jobs when asked for an unknown one", async () => {
  const response = await call("reindex", `Bearer ${secret}`);
  expect(response.status).toBe(404);
  expect((await response.json()).error).toMatch(/outbox, maintenance/);
});
