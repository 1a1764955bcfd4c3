import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { revokedSessions } from "@/db/schema";
import { revokeAllSessions } from "@/lib/auth/session-state";
import { registerUser } from "@/lib/auth/register";
import { authContext } from "./helpers/auth-context";

// "Log out" ends the session on the server, not just in this browser: a copy of the session
// cookie taken before the logout opens nothing afterwards. Driven through Auth.js itself with
// our config: a password sign-in, the session endpoint (the check auth() runs) and the
// sign-out that next-auth's signOut() performs for the logout actions.

const SECRET = "test-secret-".padEnd(48, "x");
vi.mock("@/lib/auth/secrets", () => ({ authSecret: () => SECRET, assertAuthSecretConfigured: () => {} }));
// The guest-cart merge after sign-in needs a Next request scope; it is not what is tested here.
vi.mock("@/lib/auth/after-sign-in", () => ({ afterSignIn: async () => {} }));

const { buildAuthConfig } = await import("@/lib/auth/config");
const config = { ...buildAuthConfig(), basePath: "/api/auth", trustHost: true };
const COOKIE = "authjs.session-token";
const BASE = "http://localhost:3000/api/auth";
const password = "a good password";

function sessionCookieOf(response: Response): string | undefined {
  const header = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  return header?.slice(COOKIE.length + 1).split(";")[0];
}

/** A password sign-in as the login form's server action does it; returns the session cookie. */
async function logIn(email: string, ip: string): Promise<string> {
  const body = new URLSearchParams({ email, password, remember: "on", callbackUrl: "/account" });
  const request = new Request(`${BASE}/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body,
  });
  const response = await Auth(request, { ...config, skipCSRFCheck });
  const cookie = sessionCookieOf(response);
  if (!cookie) throw new Error(`sign-in failed: ${response.status} ${response.headers.get("location")}`);
  return cookie;
}

async function sessionUserId(cookie: string): Promise<string | null> {
  const response = await Auth(new Request(`${BASE}/session`, { headers: { cookie: `${COOKIE}=${cookie}` } }), config);
  const body = (await response.json()) as { user?: { id?: string } } | null;
  return body?.user?.id ?? null;
}

/** What lib/auth/actions.ts's logout does (next-auth's signOut()): returns what is left of the cookie. */
async function logOut(cookie: string): Promise<string | undefined> {
  const request = new Request(`${BASE}/signout`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${COOKIE}=${cookie}` },
    body: new URLSearchParams({ callbackUrl: "/" }),
  });
  const result = (await Auth(request, { ...config, raw, skipCSRFCheck })) as unknown as {
    cookies?: { name: string; value: string }[];
  };
  return result.cookies?.find((c) => c.name === COOKIE)?.value;
}

let n = 0;
async function customer(): Promise<{ id: string; email: string }> {
  const email = `logout${++n}@example.com`;
  const result = await registerUser({ name: "Sam", email, password }, authContext("203.0.113.40"));
  if (!result.ok) throw new Error("registration failed");
  return { id: result.userId, email };
}

describe("logging out", () => {
  it("ends the session on the server: a copy of the cookie taken before no longer opens the account", async () => {
    const { id, email } = await customer();
    const cookie = await logIn(email, "203.0.113.41");
    const copy = cookie;
    expect(await sessionUserId(cookie)).toBe(id);

    const before = await db.select().from(revokedSessions);
    expect(await logOut(cookie)).toBe("");
    expect(await sessionUserId(copy)).toBeNull();
    // Kept in the database, where every other instance looks, for as long as a copy could live.
    const added = (await db.select().from(revokedSessions)).filter((row) => !before.some((b) => b.sid === row.sid));
    expect(added).toHaveLength(1);
    expect(added[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
  });

  it("ends only the session it came from: the same account on another device stays signed in, and can sign in again", async () => {
    const { id, email } = await customer();
    const laptop = await logIn(email, "203.0.113.42");
    const phone = await logIn(email, "203.0.113.43");

    await logOut(laptop);
    expect(await sessionUserId(laptop)).toBeNull();
    expect(await sessionUserId(phone)).toBe(id);

    const again = await logIn(email, "203.0.113.42");
    expect(await sessionUserId(again)).toBe(id);
  });

  it("logging out twice, or without a session, is harmless", async () => {
    const { email } = await customer();
    const cookie = await logIn(email, "203.0.113.44");
    await logOut(cookie);
    await logOut(cookie);
    expect(await sessionUserId(cookie)).toBeNull();
  });

  it("“log out everywhere” still ends every session of the account", async () => {
    const { id, email } = await customer();
    const laptop = await logIn(email, "203.0.113.45");
    const phone = await logIn(email, "203.0.113.46");
    await revokeAllSessions(id);
    expect(await sessionUserId(laptop)).toBeNull();
    expect(await sessionUserId(phone)).toBeNull();
    expect(await sessionUserId(await logIn(email, "203.0.113.45"))).toBe(id);
  });
});
