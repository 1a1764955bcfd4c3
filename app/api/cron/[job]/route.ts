import { timingSafeEqual } from "node:crypto";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { cronJobs, isCronJob } from "@/lib/maintenance";

// Scheduled work over HTTP (lib/maintenance/cron-jobs.ts), behind `Authorization: Bearer $CRON_SECRET`.

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
  if (!isCronJob(job))
    return Response.json(
      { error: `Unknown job "${job}"; expected one of: ${Object.keys(cronJobs).join(", ")}.` },
      { status: 404 },
    );
  const report = await cronJobs[job]();
  return Response.json({ job, report });
}
