import "server-only";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { users, userTokens } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";
import { absoluteUrl } from "./site-url";
import { forgetSessionState } from "./session-state";
import { generateToken, hashToken, isWellFormedToken } from "./tokens";

export const VERIFY_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Emails a single-use link proving the user controls `email`: their current address
 * after registration, or the new one for an email change (which takes effect only when
 * the link is followed). Older unused links for the user stop working.
 */
export async function issueEmailVerification(
  tx: DbOrTx,
  user: { id: string; name: string | null },
  email: string,
  now = new Date(),
): Promise<void> {
  await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, user.id), eq(userTokens.purpose, "verify_email"), isNull(userTokens.usedAt)));
  const { token, tokenHash } = generateToken();
  const expiresAt = new Date(now.getTime() + VERIFY_TOKEN_TTL_MS);
  await tx.insert(userTokens).values({ userId: user.id, purpose: "verify_email", tokenHash, email, expiresAt });
  await enqueueEvent(tx, "shop/email.verification-requested", {
    userId: user.id,
    email,
    ...(user.name ? { name: user.name } : {}),
    verifyUrl: absoluteUrl(`/verify-email?${new URLSearchParams({ token })}`),
    expiresAt: expiresAt.toISOString(),
  });
}

export type VerifyEmailResult =
  { ok: true; email: string; changed: boolean } | { ok: false; reason: "invalid" | "email_taken" };

/** Uses a verification token (once). For an email change, the new address becomes the login. */
export async function verifyEmailToken(token: string, now = new Date()): Promise<VerifyEmailResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: "invalid" };
  let verifiedUserId: string | undefined;
  const result = await db.transaction(async (tx): Promise<VerifyEmailResult> => {
    // Marking it used in the same statement that finds it: two clicks cannot both succeed.
    const [used] = await tx
      .update(userTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(userTokens.tokenHash, hashToken(token)),
          eq(userTokens.purpose, "verify_email"),
          isNull(userTokens.usedAt),
          gt(userTokens.expiresAt, now),
        ),
      )
      .returning({ userId: userTokens.userId, email: userTokens.email });
    if (!used) return { ok: false, reason: "invalid" };

    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, used.email), ne(users.id, used.userId)));
    if (owner) return { ok: false, reason: "email_taken" };

    const [before] = await tx.select({ email: users.email }).from(users).where(eq(users.id, used.userId)).for("update");
    if (!before) return { ok: false, reason: "invalid" };
    await tx
      .update(users)
      .set({ email: used.email, emailVerified: now, updatedAt: now })
      .where(eq(users.id, used.userId));
    verifiedUserId = used.userId;
    return { ok: true, email: used.email, changed: before.email !== used.email };
  });
  // The session carries the email: make the next request read the new one.
  if (verifiedUserId) forgetSessionState(verifiedUserId);
  return result;
}
