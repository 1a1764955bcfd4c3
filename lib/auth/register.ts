import "server-only";
import { db } from "@/db";
import { authLimits, type AuthLimits } from "@/lib/rate-limit";
import { issueEmailVerification } from "./email-verification";
import { hashPassword } from "./password";
import { normalizeEmail, type RegisterInput } from "./schemas";
import { createUserRecord } from "./users";

export type RegisterResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "unavailable" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Creates a customer account with a password, and in the same transaction the events for
 * the welcome email and the email-verification link. The password is hashed before we
 * know whether the email is free, so a duplicate costs the same time as a success.
 */
export async function registerUser(
  input: RegisterInput,
  context: { ip: string; limits?: AuthLimits; now?: Date },
): Promise<RegisterResult> {
  const email = normalizeEmail(input.email);
  const limits = context.limits ?? authLimits();
  const verdict = await limits.registration(email, context.ip);
  if (verdict.limited) return { ok: false, reason: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds };

  const passwordHash = await hashPassword(input.password);
  const user = await db.transaction(async (tx) => {
    const created = await createUserRecord(tx, { email, name: input.name, passwordHash, role: "customer" });
    if (created) await issueEmailVerification(tx, created, created.email, context.now);
    return created;
  });
  return user ? { ok: true, userId: user.id } : { ok: false, reason: "unavailable" };
}
