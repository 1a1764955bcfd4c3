import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { Auth } from "@auth/core";
import { describe, expect, it, vi } from "vitest";
import { revokeAllSessions } from "@/lib/auth/session-state";
import { registerUser } from "@/lib/auth/register";
import { createAuthLimits } from "@/lib/rate-limit";

// The session check wired into Auth.js for real: a session cookie is sent to the
// /api/auth/session route (the same path auth() takes), and what comes back is decided by
// our jwt callback: role from the database, revocation by session version, and a
// browser-session cookie when "remember me" was not chosen.

const SECRET = "test-secret-".padEnd(48, "x");
vi.mock("@/lib/auth/secrets", () => ({ authSecret: () => SECRET, assertAuthSecretConfigured: () => {} }));

const { buildAuthConfig } = await import("@/lib/auth/config");
const { withBrowserSessionCookies } = await import("@/lib/auth/session-cookie");
// What app/api/auth/[...nextauth]/route.ts serves, minus next-auth's Next.js wrapper
// (whose entry cannot load outside Next): Auth.js core with our config at /api/auth,
// trusting the host as next-auth does outside production.
const config = { ...buildAuthConfig(), basePath: "/api/auth", trustHost: true };
const GET = async (request: Request) => withBrowserSessionCookies(await Auth(request, config));
const COOKIE = "authjs.session-token";

function limits() {
  const run = `t${randomBytes(5).toString("hex")}`;
  const open = { points: 1000, duration: 60 };
  const names = [
    "loginAccountIp",
    "loginAccount",
    "loginIp",
    "loginKnownIp",
    "registerIp",
    "registerAccount",
    "resetIp",
    "resetAccount",
  ] as const;
  return createAuthLimits(
    Object.fromEntries(names.map((name) => [name, { keyPrefix: `${run}:${name}`, ...open }])) as never,
    "database",
  );
}

async function sessionCookie(claims: Record<string, unknown>): Promise<string> {
  const sid = randomBytes(9).toString("base64url");
  return encode({
    token: { name: "Sam", email: "sam@example.com", sid, ...claims },
    secret: SECRET,
    salt: COOKIE,
    maxAge: 3600,
  });
}

async function getSession(cookie: string) {
  const response = await GET(
    new Request("http://localhost:3000/api/auth/session", { headers: { cookie: `${COOKIE}=${cookie}` } }),
  );
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`)) ?? "";
  return { body: (await response.json()) as { user?: { id: string; role: string } } | null, setCookie };
}

async function customer(email: string) {
  const result = await registerUser(
    { name: "Sam", email, password: "a good password" },
    { ip: "203.0.113.3", limits: limits() },
  );
  if (!result.ok) throw new Error("registration failed");
  return result.userId;
}

describe("the session endpoint", () => {
  it("returns the user with the role from the database, whatever the token claims", async () => {
    const id = await customer("sam@example.com");
    const { body } = await getSession(await sessionCookie({ sub: id, sv: 1, role: "admin", remember: true }));
    expect(body?.user).toMatchObject({ id, role: "customer" });
  });

  it("ends a revoked session and clears its cookie", async () => {
    const id = await customer("revoked@example.com");
    const cookie = await sessionCookie({ sub: id, sv: 1, remember: true });
    expect((await getSession(cookie)).body?.user?.id).toBe(id);
    await revokeAllSessions(id);
    const after = await getSession(cookie);
    expect(after.body).toBeNull();
    expect(after.setCookie).toMatch(new RegExp(`^${COOKIE}=;`));
  });

  it("rejects a cookie it did not sign", async () => {
    const id = await customer("forged@example.com");
    const forged = await encode({
      token: { sub: id, sv: 1, role: "admin" },
      secret: "another-secret".padEnd(48, "y"),
      salt: COOKIE,
    });
    expect((await getSession(forged)).body).toBeNull();
  });

  it("keeps a remembered session's cookie for the session lifetime and a browser-session cookie otherwise", async () => {
    const id = await customer("remember@example.com");
    const remembered = await getSession(await sessionCookie({ sub: id, sv: 1, remember: true }));
    expect(remembered.setCookie).toMatch(/Expires=/i);
    const browserOnly = await getSession(await sessionCookie({ sub: id, sv: 1, remember: false }));
    expect(browserOnly.body?.user?.id).toBe(id);
    expect(browserOnly.setCookie).not.toMatch(/Expires=|Max-Age=/i);
    expect(browserOnly.setCookie).toMatch(/HttpOnly/i);
  });
});
