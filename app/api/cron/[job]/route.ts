import { timingSafeEqual } from "node:crypto";
import { connection } from "next/server";
import { db } from "@/db";
import { env } from "@/lib/env";
import { getDispatcher } from "@/lib/outbox";
import { runMaintenance } from "@/lib/maintenance";

// Scheduled work for hosts without a long-running process or Inngest (Vercel Cron calls
// GET with `Authorization: Bearer $CRON_SECRET`; see vercel.json):
//   /api/cron/outbox       delivers due outbox rows (retries, delayed events such as the
//                          unpaid-order stock release)
//   /api/cron/maintenance  the daily housekeeping, then an outbox sweep

const jobs = {
  outbox: () => getDispatcher().drain(),
  maintenance: async () => ({ ...(await runMaintenance(db)), outbox: await getDispatcher().drain() }),
} as const;

function authorized(header: string | null, secret: string): boolean {
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function GET(request: Request, { params }: { params: Promise<{ job: string }> }) {
  await connection();
  if (!env.CRON_SECRET)
    return Response.json(
      { error: "Scheduled jobs over HTTP are off: set CRON_SECRET to enable /api/cron/*." },
      { status: 404 },
    );
  if (!authorized(request.headers.get("authorization"), env.CRON_SECRET))
    return Response.json({ error: "Missing or wrong bearer token." }, { status: 401 });
  const { job } = await params;
  if (!Object.hasOwn(jobs, job))
    return Response.json(
      { error: `Unknown job "${job}"; expected one of: ${Object.keys(jobs).join(", ")}.` },
      { status: 404 },
    );
  const report = await jobs[job as keyof typeof jobs]();
  return Response.json({ job, report });
}
