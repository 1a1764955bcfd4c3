import { connection } from "next/server";
import { env } from "@/lib/env";
import { scrapeMetrics } from "@/lib/scrape-metrics";
import { bearerMatches } from "@/lib/security";

// Prometheus scrapes this with `Authorization: Bearer $METRICS_TOKEN` (docs/architecture.md, "Observability").
export async function GET(request: Request) {
  await connection();
  if (!env.METRICS_TOKEN)
    return Response.json({ error: "Metrics are off: set METRICS_TOKEN to enable /api/metrics." }, { status: 404 });
  if (!bearerMatches(request.headers.get("authorization"), env.METRICS_TOKEN))
    return Response.json(
      { error: "Missing or wrong bearer token." },
      { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } },
    );
  const { body, contentType } = await scrapeMetrics();
  return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
}
