import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { noncePolicy, policySources } from "./headers.mjs";

// The pages rendered per request (`instant = false` or `connection()`), the only ones that can
// carry a fresh nonce: a cached page is the same bytes for everyone. A cached page given a nonce
// policy would run none of its inline scripts, so this names each page's shape and no more: a
// path that is no page (/admin/nope) is the cached not-found page and keeps the catalog policy.
// proxy.ts's matcher covers these paths; tests/proxy.test.ts checks both against the app's pages.
const PER_REQUEST_PAGE = new RegExp(
  "^/(?:" +
    [
      "cart",
      "checkout(?:/review)?",
      "login",
      "register",
      "reset-password",
      "verify-email",
      "orders/[^/]+(?:/receipt)?",
    ].join("|") +
    "|account(?:/(?:addresses|orders|reviews|security|wishlist)(?:/[^/]+)?)?" +
    "|admin(?:/(?:audit|categories|customers|discounts|emails|events|orders|products|reviews|settings|stock|texts)(?:/[^/]+)?)?" +
    "|admin/orders/[^/]+/packing-slip" +
    ")$",
);

export function rendersPerRequest(pathname: string): boolean {
  return PER_REQUEST_PAGE.test(pathname);
}

const sources = policySources(env);

/**
 * Lets the request through with a strict policy built on a fresh nonce: on the request, where
 * Next finds the nonce and adds it to its scripts, and on the response, where it replaces the
 * catalog policy next.config gives every response.
 */
export function nextWithNoncePolicy(request: NextRequest): NextResponse {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
  const policy = noncePolicy(nonce, sources);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}
