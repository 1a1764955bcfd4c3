import { connection } from "next/server";
import { checkHealth } from "@/lib/health";

export async function GET() {
  await connection();
  const health = await checkHealth();
  if (health.ok) return Response.json(health);
  return Response.json({ ...health, reason: "database unreachable" }, { status: 503 });
}
