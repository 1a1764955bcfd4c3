import { type NextRequest, NextResponse } from "next/server";
import { isSessionCookieName, loginUrl } from "@/lib/auth";
import { env } from "@/lib/env";
import { canonicalCategoryQuery, canonicalSearchQuery } from "@/lib/search";
import { nextWithNoncePolicy, rendersPerRequest } from "@/lib/security";

// What must be decided before a page starts streaming (with Cache Components the response
// status is fixed by then), and cheaply: nothing here reads the database.
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodes(pathname)) return NextResponse.rewrite(new URL("/not-found", request.url));
  if (pathname === "/search" || pathname.startsWith("/categories/")) return viewOf(request);
  if (/^\/(account|admin)(\/|$)/.test(pathname)) {
    const toLogin = signInFirst(request);
    if (toLogin) return toLogin;
  }
  // A page rendered per request gets the strict policy with a fresh nonce (lib/security).
  if (rendersPerRequest(pathname)) return nextWithNoncePolicy(request);
  return NextResponse.next();
}

// A path whose escapes are not UTF-8 (`/products/%ff`) makes Next fail while decoding its
// segments, a 500. Such a path names nothing here (slugs are plain ASCII): the not-found page.
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

// Listings and searches keep their state in the query string (links and GET forms that work
// without JavaScript), but a cached page is found by its path. So a sorted, filtered, later or
// searched-for view is rewritten to a path of its own, with its query in canonical form: each
// distinct view is one page, rendered once and cached until a tag it carries expires. The
// plain listing and /search itself need nothing and go straight to their pages.
function viewOf(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const view =
    pathname === "/search"
      ? canonicalSearchQuery(searchParams)
      : canonicalCategoryQuery(pathname.split("/")[2] ?? "", searchParams);
  if (!view) return NextResponse.next();
  const target = request.nextUrl.clone();
  target.pathname = `${pathname}/view/${encodeURIComponent(view)}`;
  return NextResponse.rewrite(target);
}

// A visitor without a session who opens an account or staff page gets a real redirect to
// the login. The pages check the session themselves (an expired or revoked one too); this
// only spares the common case a page that redirects once it has started. Not in `next dev`
// for the staff area, whose mailbox is open there (app/admin/layout.tsx).
function signInFirst(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = request.nextUrl;
  const devMailbox = env.NODE_ENV === "development" && pathname.startsWith("/admin");
  const reading = request.method === "GET" || request.method === "HEAD";
  if (!reading || devMailbox || request.cookies.getAll().some((c) => isSessionCookieName(c.name))) return undefined;
  return NextResponse.redirect(new URL(loginUrl(pathname + search), request.url));
}

// A plain listing (most category requests) and a search for words alone never reach the
// proxy: only a view with another parameter does (lib/search/params.ts names them, for both; a search for words alone is rewritten in next.config).
// Next reads this statically, so every entry is spelled out.
export const config = {
  matcher: [
    // Any path with an escaped byte above 0x7f: only those can fail to decode.
    "/:path((?:.*)%[89a-fA-F][0-9a-fA-F](?:.*))",
    { source: "/search", has: [{ type: "query", key: "sort" }] },
    { source: "/search", has: [{ type: "query", key: "page" }] },
    { source: "/search", has: [{ type: "query", key: "category" }] },
    { source: "/search", has: [{ type: "query", key: "brand" }] },
    { source: "/search", has: [{ type: "query", key: "price" }] },
    { source: "/search", has: [{ type: "query", key: "instock" }] },
    { source: "/search", has: [{ type: "query", key: "option" }] },
    { source: "/search", has: [{ type: "query", key: "rating" }] },
    { source: "/search", has: [{ type: "query", key: "q", value: "(?:.*[%/\\\\?#].*|.{201,})" }] },
    { source: "/categories/:slug", has: [{ type: "query", key: "sort" }] },
    { source: "/categories/:slug", has: [{ type: "query", key: "page" }] },
    { source: "/categories/:slug", has: [{ type: "query", key: "brand" }] },
    { source: "/categories/:slug", has: [{ type: "query", key: "price" }] },
    { source: "/categories/:slug", has: [{ type: "query", key: "option" }] },
    { source: "/categories/:slug", has: [{ type: "query", key: "rating" }] },
    { source: "/categories/:slug", has: [{ type: "query", key: "instock" }] },
    // Pages rendered per request, for their nonce policy (lib/security/nonce-policy.ts); the
    // account and staff pages also for the sign-in redirect.
    "/cart",
    "/checkout",
    "/checkout/review",
    "/login",
    "/register",
    "/reset-password",
    "/verify-email",
    "/orders/:number",
    "/orders/:number/receipt",
    "/account",
    "/account/:path*",
    "/admin",
    "/admin/:path*",
  ],
};
