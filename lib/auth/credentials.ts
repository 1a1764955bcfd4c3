import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { authLimits, type AuthLimits } from "@/lib/rate-limit";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { normalizeEmail } from "./schemas";

export type VerifiedUser = { id: string; email: string; name: string | null; role: UserRole };

export type CredentialsResult =
  | { ok: true; user: VerifiedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email + password for login. An unknown email, an account without a password
 * (provider-only) and a wrong password give the same answer after the same work (a full
 * argon2 verification), so neither the answer nor its timing says whether an account
 * exists. Limits are checked before any hashing and count only failures.
 */
export async function verifyCredentials(
  input: { email: string; password: string },
  context: { ip: string; limits?: AuthLimits },
): Promise<CredentialsResult> {
  const email = normalizeEmail(input.email);
  const limits = context.limits ?? authLimits();

  const verdict = await limits.checkLogin(email, context.ip);
  if (verdict.limited) return { ok: false, reason: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds };

  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);

  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstDummy(input.password);

  if (!user || !valid) {
    await limits.loginFailed(email, context.ip);
    return { ok: false, reason: "invalid" };
  }
  await limits.loginSucceeded(email, context.ip);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
