import { connection } from "next/server";
import { env } from "@/lib/env";
import { cronJobs, isCronJob } from "@/lib/maintenance";
import { bearerMatches } from "@/lib/security";

// Scheduled work over HTTP (lib/maintenance/cron-jobs.ts), behind `Authorization: Bearer $CRON_SECRET`.

export async function GET(request: Request, { params }: { params: Promise<{ job: string }> }) {
  await connection();
  if (!env.CRON_SECRET)
    return Response.json(
      { error: "Scheduled jobs over HTTP are off: set CRON_SECRET to enable /api/cron/*." },
      { status: 404 },
    );
  if (!bearerMatches(request.headers.get("authorization"), env.CRON_SECRET))
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
