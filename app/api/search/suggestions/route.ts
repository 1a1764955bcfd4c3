import { connection, type NextRequest } from "next/server";
import { cleanQuery } from "@/lib/search/normalize";
import { searchSuggestions, type Suggestions } from "@/lib/search/service";

// Suggestions for the search box (components/search/search-box.tsx) as the shopper types.
// Public and read-only; the answer depends on the query alone, so a CDN may keep it briefly.
const MIN_QUERY_LENGTH = 2;

export async function GET(request: NextRequest) {
  await connection();
  const query = cleanQuery(request.nextUrl.searchParams.get("q") ?? "");
  if (query.length < MIN_QUERY_LENGTH) {
    return Response.json({ query, products: [], categories: [] } satisfies Suggestions);
  }
  const suggestions = await searchSuggestions(query);
  return Response.json(suggestions, { headers: { "Cache-Control": "public, max-age=0, s-maxage=60" } });
}
