import { connection } from "next/server";
import { getVisitorSummary } from "@/lib/visitor";

// The header's per-visitor state (signed in? staff? items in cart?), read by the browser so
// that catalog pages can be cached whole. Never cached anywhere: it answers for one visitor.
export async function GET(): Promise<Response> {
  await connection();
  return Response.json(await getVisitorSummary(), { headers: { "Cache-Control": "private, no-store" } });
}
