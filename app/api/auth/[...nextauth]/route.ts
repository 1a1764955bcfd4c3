import type { NextRequest } from "next/server";
import { handlers, withBrowserSessionCookies } from "@/lib/auth";

// Auth.js's endpoints (OAuth redirects and callbacks, session, CSRF, sign-out). Responses
// pass through withBrowserSessionCookies so a session without "remember me" keeps a
// cookie that ends with the browser session.

export async function GET(request: NextRequest): Promise<Response> {
  return withBrowserSessionCookies(await handlers.GET(request));
}

export async function POST(request: NextRequest): Promise<Response> {
  return withBrowserSessionCookies(await handlers.POST(request));
}
