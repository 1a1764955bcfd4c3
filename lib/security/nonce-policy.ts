import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { noncePolicy, policySources } from "./headers.mjs";

// The pages rendered per request (`instant = false` or `connection()`), the only ones that can
// carry a fresh nonce: a cached page is the same bytes for everyone. proxy.ts's matcher lists
// the same paths (tests/proxy.test.ts checks both against the app's pages). A cached page given
// a nonce policy would run none of its scripts, so this list must not grow past those pages.
const PER_REQUEST_PAGE =
  /^\/(?:cart|checkout(?:\/review)?|login|register|reset-password|verify-email|orders\/[^/]+(?:\/receipt)?|account(?:\/.*)?|admin(?:\/.*)?)$/;

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
