import { connection, type NextRequest } from "next/server";
import { clientIp } from "@/lib/auth";
import { shopLimits } from "@/lib/rate-limit";
import { cleanQuery, searchSuggestions, type Suggestions } from "@/lib/search";
import { log } from "@/lib/log";

// Suggestions for the search box (components/search/search-box.tsx) as the shopper types.
// Public and read-only; the answer depends on the query alone, so a CDN may keep it briefly.
// Limited per IP (lib/rate-limit/shop-limits.ts) with one limiter call: this is the hot path.
const MIN_QUERY_LENGTH = 2;

export async function GET(request: NextRequest) {
  await connection();
  const query = cleanQuery(request.nextUrl.searchParams.get("q") ?? "");
  if (query.length < MIN_QUERY_LENGTH) {
    return Response.json({ query, products: [], categories: [] } satisfies Suggestions);
  }
  const verdict = await shopLimits()
    .suggestion(clientIp(request.headers))
    .catch((error: unknown) => {
      // The limit guards the search backend; it is not worth refusing a shopper over.
      log.warn({ err: error, module: "search" }, "suggestions limiter failed");
      return { limited: false } as const;
    });
  if (verdict.limited) {
    return Response.json(
      {
        error: "rate_limited",
        message: "Too many suggestion requests from this address. Please slow down.",
        retryAfterSeconds: verdict.retryAfterSeconds,
      },
      // no-store: a CDN must not hand one caller's refusal to everyone asking the same query.
      { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds), "Cache-Control": "no-store" } },
    );
  }
  const suggestions = await searchSuggestions(query);
  return Response.json(suggestions, { headers: { "Cache-Control": "public, max-age=0, s-maxage=60" } });
}
