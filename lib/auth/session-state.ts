import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { isStaffRole } from "./roles";
import { isSessionRevoked } from "./session-revocation";

// What every request needs to know about the signed-in user beyond the JWT: whether the
// token's session version is still current, and the role as the database says it is.
// Read on every auth() call, so a customer's is cached in process for a few seconds:
// revocation takes effect within CACHE_MS on other instances, at once on the one that
// revoked. A staff member's or admin's is read afresh on every request, so a demotion (or
// a revocation) shuts them out of /admin on their very next request, on every instance;
// staff are few, so this costs one small query per staff request.

export type SessionState = { sessionVersion: number; role: UserRole; name: string | null; email: string };

const CACHE_MS = 5_000;
const CACHE_MAX = 5_000;
const cache = new Map<string, { state: SessionState | null; expiresAt: number }>();

export async function loadSessionState(
  userId: string,
  options: { fresh?: boolean } = {},
): Promise<SessionState | null> {
  const now = Date.now();
  const hit = cache.get(userId);
  if (hit && hit.expiresAt > now && !options.fresh && !isStaffRole(hit.state?.role)) return hit.state;

  const [row] = await db
    .select({ sessionVersion: users.sessionVersion, role: users.role, name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  const state = row ?? null;
  cache.delete(userId); // re-insert at the end: Map order doubles as least-recently-used
  cache.set(userId, { state, expiresAt: now + CACHE_MS });
  if (cache.size > CACHE_MAX) cache.delete(cache.keys().next().value as string);
  return state;
}

export function forgetSessionState(userId: string): void {
  cache.delete(userId);
}

/**
 * Ends every session of the user (each JWT carries the version it was issued under).
 * Run it inside the transaction that changes the password, so both commit together.
 */
export async function bumpSessionVersion(tx: DbOrTx, userId: string): Promise<number> {
  const [row] = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  forgetSessionState(userId);
  return row?.sessionVersion ?? 0;
}

/** "Log out everywhere": every session of the user, this one included, ends. */
export async function revokeAllSessions(userId: string): Promise<void> {
  await bumpSessionVersion(db, userId);
}

/** The claims we add to Auth.js's JWT. */
export type SessionClaims = {
  sub?: string;
  sid?: unknown;
  sv?: unknown;
  role?: unknown;
  remember?: unknown;
  name?: string | null;
  email?: string | null;
};

/**
 * The check behind the `jwt` callback on every request: returns the token with the role,
 * name and email refreshed from the database, or null when the session must end (user
 * deleted; the session version moved on: log out everywhere, password change/reset; or this
 * session was logged out). A role in the incoming token is never trusted; it is always
 * replaced. A token without a session id predates logout revocation and could not be
 * revoked, so it is refused too (its owner signs in once more).
 */
export async function refreshSessionClaims<T extends SessionClaims>(
  token: T,
): Promise<(T & { role: UserRole; sv: number; sid: string }) | null> {
  if (typeof token.sub !== "string" || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
  const [state, revoked] = await Promise.all([loadSessionState(token.sub), isSessionRevoked(token.sid)]);
  if (!state || state.sessionVersion !== token.sv || revoked) return null;
  return { ...token, sid: token.sid, sv: token.sv, role: state.role, name: state.name, email: state.email };
}
