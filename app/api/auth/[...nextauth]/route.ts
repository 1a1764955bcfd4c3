import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { withBrowserSessionCookies } from "@/lib/auth/session-cookie";

// Auth.js's endpoints (OAuth redirects and callbacks, session, CSRF, sign-out). Responses
// pass through withBrowserSessionCookies so a session without "remember me" keeps a
// cookie that ends with the browser session.

export async function GET(request: NextRequest): Promise<Response> {
  return withBrowserSessionCookies(await handlers.GET(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  return withBrowserSessionCookies(await handlers.POST(request));
}
