import "server-only";
import { decode, encode, type JWTEncodeParams } from "next-auth/jwt";
import { authSecret } from "./secrets";
import { isSessionCookieName, sessionCookieChunk } from "./session-cookie-name";

export { isSessionCookieName } from "./session-cookie-name";

// "Remember me". Auth.js v5 gives every session cookie an Expires of session.maxAge and has
// no per-session setting (an open upstream PR adds one). So:
// - the JWT carries `remember`;
// - a session that is not remembered gets a short-lived JWT (the server-side bound, for
//   browsers that restore "session" cookies) ...
// - ... and its cookie loses Expires/Max-Age, so the browser drops it when it closes.
//   Cookies come out of Auth.js in two places: route-handler responses (OAuth callback,
//   session refresh) — rewritten by `withBrowserSessionCookies` — and `signIn()` in a
//   server action, which writes next/headers cookies — rewritten by the login action.

export const BROWSER_SESSION_MAX_AGE = 24 * 60 * 60;
export const REMEMBER_COOKIE = "storefront.remember";

/** JWT encoding with a shorter lifetime when the session is not remembered. */
export function encodeSessionToken(params: JWTEncodeParams): Promise<string> {
  const remembered = params.token?.remember === true;
  const maxAge = remembered
    ? params.maxAge
    : Math.min(params.maxAge ?? BROWSER_SESSION_MAX_AGE, BROWSER_SESSION_MAX_AGE);
  return encode({ ...params, maxAge });
}

/** Whether the (possibly chunked) session token in these cookies is a remembered one. */
export async function isRememberedToken(cookies: { name: string; value: string }[]): Promise<boolean> {
  const parts = cookies
    .filter((c) => isSessionCookieName(c.name) && c.value)
    .sort((a, b) => (sessionCookieChunk(a.name) ?? 0) - (sessionCookieChunk(b.name) ?? 0));
  const first = parts[0];
  if (!first) return false;
  const salt = first.name.replace(/\.\d+$/, "");
  try {
    const token = await decode({ token: parts.map((p) => p.value).join(""), secret: authSecret(), salt });
    return token?.remember === true;
  } catch {
    return false;
  }
}

function parseSetCookie(header: string): { name: string; value: string } {
  const [pair = ""] = header.split(";");
  const eq = pair.indexOf("=");
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1).trim() };
}

const LIFETIME_ATTRIBUTE = /;\s*(?:expires|max-age)=[^;]*/gi;

/**
 * Rewrites a route-handler response from Auth.js so a session cookie that is not
 * "remembered" has no Expires/Max-Age. Cookies being cleared (empty value) are untouched.
 */
export async function withBrowserSessionCookies(response: Response): Promise<Response> {
  const headers = response.headers.getSetCookie();
  const sessionCookies = headers.map(parseSetCookie).filter((c) => isSessionCookieName(c.name) && c.value);
  if (sessionCookies.length === 0 || (await isRememberedToken(sessionCookies))) return response;

  const rewritten = new Headers(response.headers);
  rewritten.delete("set-cookie");
  for (const header of headers) {
    const { name, value } = parseSetCookie(header);
    rewritten.append(
      "set-cookie",
      isSessionCookieName(name) && value ? header.replace(LIFETIME_ATTRIBUTE, "") : header,
    );
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers: rewritten });
}
