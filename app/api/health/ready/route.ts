import { connection } from "next/server";
import { checkReadiness } from "@/lib/health";

/** Readiness for load balancers: 200 when this instance can serve, 503 naming the checks that failed. */
export async function GET() {
  await connection();
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
