import { connection } from "next/server";
import { listGuestWishlistItems, MAX_WISHLIST_ITEMS } from "@/lib/wishlist";

// A guest's wishlist page: the browser holds the product ids (localStorage) and asks for what
// to show of them: published products only, nothing about any visitor.
export async function GET(request: Request): Promise<Response> {
  await connection();
  const raw = new URL(request.url).searchParams.get("ids") ?? "";
  const parts = raw === "" ? [] : raw.split(",");
  const ids = parts.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647);
  if (ids.length !== parts.length || ids.length > MAX_WISHLIST_ITEMS) {
    return Response.json({ error: `ids: up to ${MAX_WISHLIST_ITEMS} product ids, comma-separated` }, { status: 400 });
  }
  return Response.json({ items: await listGuestWishlistItems(ids) }, { headers: { "Cache-Control": "no-store" } });
}
