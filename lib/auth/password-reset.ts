import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { users, userTokens } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { authLimits, type AuthLimits } from "@/lib/rate-limit";
import { hashPassword } from "./password";
import { normalizeEmail } from "./schemas";
import { forgetSessionState } from "./session-state";
import { hashToken, isWellFormedToken } from "./tokens";

export { RESET_TOKEN_TTL_MS } from "./reset-link";

export type ResetRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Starts a password reset. It does the same work whether or not the email has an account
 * (rate limits keyed by the address typed, then one outbox row with that address), so
 * neither the answer nor its timing tells anyone which emails are known: the outbox handler
 * looks the account up and emails the link (lib/auth/reset-link.ts). A new request makes
 * the previous links stop working.
 */
export async function requestPasswordReset(
  emailInput: string,
  context: { ip: string; limits?: AuthLimits; now?: Date },
): Promise<ResetRequestResult> {
  const email = normalizeEmail(emailInput);
  const now = context.now ?? new Date();
  const verdict = await (context.limits ?? authLimits()).resetRequest(email, context.ip);
  if (verdict.limited) return { ok: false, retryAfterSeconds: verdict.retryAfterSeconds };
  await enqueueEvent(db, "auth/password-reset.requested", { email, requestedAt: now.toISOString() });
  return { ok: true };
}

const usable = (tokenHash: string, now: Date) =>
  and(
    eq(userTokens.tokenHash, tokenHash),
    eq(userTokens.purpose, "reset_password"),
    isNull(userTokens.usedAt),
    gt(userTokens.expiresAt, now),
  );

/** Whether a reset link can still be used (to show "this link has expired" up front). */
export async function isResetTokenUsable(token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const [row] = await db
    .select({ id: userTokens.id })
    .from(userTokens)
    .where(usable(hashToken(token), now))
    .limit(1);
  return Boolean(row);
}

export type ResetResult = { ok: true; userId: string; email: string } | { ok: false; reason: "invalid" };

/**
 * Sets a new password with a reset token: once, within the hour. Every session of the
 * user ends (session version bump) in the same transaction, and following the emailed
 * link proves the address, so an unverified email becomes verified.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<ResetResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: "invalid" };
  const passwordHash = await hashPassword(newPassword);
  const result = await db.transaction(async (tx): Promise<ResetResult> => {
    const [used] = await tx
      .update(userTokens)
      .set({ usedAt: now })
      .where(usable(hashToken(token), now))
      .returning({ userId: userTokens.userId, email: userTokens.email });
    if (!used) return { ok: false, reason: "invalid" };
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        emailVerified: sql`CASE WHEN ${users.email} = ${used.email} THEN coalesce(${users.emailVerified}, ${now.toISOString()}::timestamptz) ELSE ${users.emailVerified} END`,
        updatedAt: now,
      })
      .where(eq(users.id, used.userId))
      .returning({ id: users.id, email: users.email });
    if (!user) return { ok: false, reason: "invalid" };
    // Any other outstanding reset link for this account dies with this one.
    await tx
      .update(userTokens)
      .set({ usedAt: now })
      .where(and(eq(userTokens.userId, user.id), eq(userTokens.purpose, "reset_password"), isNull(userTokens.usedAt)));
    return { ok: true, userId: user.id, email: user.email };
  });
  if (result.ok) forgetSessionState(result.userId);
  return result;
}
