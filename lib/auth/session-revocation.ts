import "server-only";
import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db as defaultDb, type DbOrTx } from "@/db";
import { revokedSessions } from "@/db/schema";
import { env } from "@/lib/env";
import { BROWSER_SESSION_MAX_AGE } from "./session-cookie";

// "Log out" for JWT sessions. Clearing the cookie is not enough: a copy of it (another tab's
// request log, a shared machine, malware) would stay valid until it expires. So each session
// gets a random id (`sid`) at sign-in, and logging out records that id; every session check
// refuses it. A row is needed only while a token carrying the id could still be valid.
//
// Read on every session check, so an answer is cached in process for a few seconds, like the
// session version (lib/auth/session-state.ts): a logout takes effect at once on the instance
// that handled it, within CACHE_MS on the others.

const CACHE_MS = 5_000;
const CACHE_MAX = 10_000;
const cache = new Map<string, { revoked: boolean; expiresAt: number }>();

/** A fresh session id for the JWT of a new sign-in. */
export function newSessionId(): string {
  return randomBytes(18).toString("base64url");
}

export async function isSessionRevoked(sid: string, db: DbOrTx = defaultDb): Promise<boolean> {
  const now = Date.now();
  const hit = cache.get(sid);
  if (hit && hit.expiresAt > now) return hit.revoked;
  const [row] = await db
    .select({ sid: revokedSessions.sid })
    .from(revokedSessions)
    .where(eq(revokedSessions.sid, sid))
    .limit(1);
  remember(sid, row !== undefined, now);
  return row !== undefined;
}

/**
 * Refuses the session from now until `until`, the latest moment a token with this id can
 * still be valid. Safe to repeat (a second logout keeps the later expiry).
 */
export async function revokeSession(sid: string, until: Date, db: DbOrTx = defaultDb): Promise<void> {
  await db
    .insert(revokedSessions)
    .values({ sid, expiresAt: until })
    .onConflictDoUpdate({
      target: revokedSessions.sid,
      set: { expiresAt: sql`greatest(${revokedSessions.expiresAt}, excluded.expires_at)` },
    });
  remember(sid, true, Date.now());
}

/**
 * Ends the session a logout came from (Auth.js's signOut event hands us its decoded token).
 * Not until the token's own `exp`: Auth.js re-issues the cookie as it is used, so a copy
 * refreshed elsewhere may expire later than this one. Every token with this id was issued
 * before now, so none is valid past now + the session lifetime (+ a minute of clock leeway).
 */
export async function revokeSessionToken(token: Record<string, unknown> | null): Promise<void> {
  if (typeof token?.sid !== "string") return;
  const lifetime =
    token.remember === true ? env.AUTH_SESSION_MAX_AGE : Math.min(env.AUTH_SESSION_MAX_AGE, BROWSER_SESSION_MAX_AGE);
  await revokeSession(token.sid, new Date(Date.now() + (lifetime + 60) * 1000));
}

function remember(sid: string, revoked: boolean, now: number): void {
  cache.delete(sid); // re-insert at the end: Map order doubles as least-recently-used
  cache.set(sid, { revoked, expiresAt: now + CACHE_MS });
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as string);
}
