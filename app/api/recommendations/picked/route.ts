import { connection } from "next/server";
import { getPicksForVisitor } from "@/lib/recommendations";

// The home page's "Picked for you", read by the browser so that the home page can be cached
// whole. Never cached anywhere: it answers for one visitor.
export async function GET(): Promise<Response> {
  await connection();
  return Response.json({ products: await getPicksForVisitor() }, { headers: { "Cache-Control": "private, no-store" } });
}
