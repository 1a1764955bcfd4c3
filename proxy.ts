import { type NextRequest, NextResponse } from "next/server";
import { canonicalListingQuery } from "@/lib/catalog/listing-params";
import { env } from "@/lib/env";
import { canonicalSearchQuery } from "@/lib/search/params";

// Listings and searches keep their state in the query string (links and GET forms that work
// without JavaScript), but a cached page is found by its path. So a sorted, filtered, later or
// searched-for view is rewritten to a path of its own, with its query in canonical form: each
// distinct view is one page, rendered once and cached until a tag it carries expires. The
// plain listing and /search itself need nothing and go straight to their pages.
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const view = pathname === "/search" ? canonicalSearchQuery(searchParams) : canonicalListingQuery(searchParams, env.STORE_CURRENCY);
  if (!view) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `${pathname}/view/${encodeURIComponent(view)}`;
  return NextResponse.rewrite(target);
}

export const config = { matcher: ["/search", "/categories/:slug"] };
