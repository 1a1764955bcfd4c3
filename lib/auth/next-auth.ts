import "server-only";
import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { buildAuthConfig } from "./config";
import { isSessionCookieName } from "./session-cookie-name";

// The Auth.js instance. Lazy (a function config): nothing — not the secret, not the
// adapter — is touched until the first request, so importing this during `next build`
// has no side effects. Built once, then reused.
let config: ReturnType<typeof buildAuthConfig> | undefined;

const nextAuth = NextAuth(() => (config ??= buildAuthConfig()));

export const { handlers, signIn, signOut } = nextAuth;

/**
 * The current request's session. A request without a session cookie has none, and is told
 * so without running Auth.js: most guests' requests (the header's /api/visitor, add to cart)
 * never need it, and it costs them a millisecond of CPU each.
 */
export async function auth() {
  if (!(await cookies()).getAll().some((c) => isSessionCookieName(c.name))) return null;
  return nextAuth.auth();
}
