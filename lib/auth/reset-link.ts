// No "server-only" here: the outbox handlers (server start-up, Inngest functions) import this.
import { createHmac } from "node:crypto";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import type { Db } from "@/db";
import { users, userTokens } from "@/db/schema";
import { authSecret } from "./secrets";
import { absoluteUrl } from "./site-url";
import { hashToken } from "./tokens";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

export type ResetLink = { userId: string; name: string | null; resetUrl: string; expiresAt: string };

/**
 * The token of the link one reset request emails: derived from the request's outbox id with
 * the server's secret, so a retried handler makes the same link (and renders the same email,
 * which the provider's idempotency key requires) without the token ever being stored. It is
 * as unguessable as a random one to anyone without AUTH_SECRET, and the database still holds
 * only its SHA-256 (lib/auth/tokens.ts).
 */
export function resetTokenFor(requestId: string): string {
  return createHmac("sha256", authSecret()).update(`password-reset-link:${requestId}`).digest("base64url");
}

/**
 * The handler's half of a password reset (lib/auth/password-reset.ts has the request's): for
 * the account with this email, records the request's link and returns it to be emailed; null
 * when there is no such account, or the link is no longer worth sending (a later request
 * replaced it, it was used, or it expired while waiting). Safe to run again for the same
 * request: the link is recorded once and the same link comes back while it is usable.
 *
 * The newest request wins, in whatever order the handlers run: a link is recorded as issued
 * at its request's time; recording it ends every older unused link of the account, and a
 * link older than one the account already has is ended at once.
 */
export async function issueResetLink(
  db: Db,
  request: { id: string; email: string; requestedAt: string },
  now = new Date(),
): Promise<ResetLink | null> {
  const requestedAt = new Date(request.requestedAt);
  const expiresAt = new Date(requestedAt.getTime() + RESET_TOKEN_TTL_MS);
  const token = resetTokenFor(request.id);
  const tokenHash = hashToken(token);
  const reset = (userId: string) => and(eq(userTokens.userId, userId), eq(userTokens.purpose, "reset_password"));

  return db.transaction(async (tx) => {
    // Locks the account: two requests' handlers for one account take turns.
    const [user] = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(eq(users.email, request.email))
      .for("update");
    if (!user) return null;

    const [inserted] = await tx
      .insert(userTokens)
      .values({
        userId: user.id,
        purpose: "reset_password",
        tokenHash,
        email: request.email,
        expiresAt,
        createdAt: requestedAt,
      })
      .onConflictDoNothing({ target: userTokens.tokenHash })
      .returning({ id: userTokens.id });
    if (inserted) {
      const [newer] = await tx
        .select({ id: userTokens.id })
        .from(userTokens)
        .where(and(reset(user.id), gt(userTokens.createdAt, requestedAt)))
        .limit(1);
      await tx
        .update(userTokens)
        .set({ usedAt: now })
        .where(
          newer
            ? eq(userTokens.id, inserted.id)
            : and(reset(user.id), isNull(userTokens.usedAt), ne(userTokens.id, inserted.id)),
        );
    }

    const [usable] = await tx
      .select({ id: userTokens.id })
      .from(userTokens)
      .where(
        and(
          eq(userTokens.tokenHash, tokenHash),
          eq(userTokens.userId, user.id),
          isNull(userTokens.usedAt),
          gt(userTokens.expiresAt, now),
        ),
      );
    if (!usable) return null;
    return {
      userId: user.id,
      name: user.name,
      resetUrl: absoluteUrl(`/reset-password?${new URLSearchParams({ token })}`),
      expiresAt: expiresAt.toISOString(),
    };
  });
}
