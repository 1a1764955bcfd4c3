import { connection } from "next/server";
import { getWishlistState } from "@/lib/wishlist";

// The hearts' per-shopper state (signed in? which products saved?), read by the browser so
// that catalog pages stay cached whole. Never cached anywhere: it answers for one visitor.
export async function GET(): Promise<Response> {
  await connection();
  return Response.json(await getWishlistState(), { headers: { "Cache-Control": "private, no-store" } });
}
