import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import {
  bumpSessionVersion,
  forgetSessionState,
  hashPassword,
  issueEmailVerification,
  verifyPassword,
} from "@/lib/auth";
import type { Refused } from "@/lib/errors";
import { authLimits, type AuthLimits, retryMessage } from "@/lib/rate-limit";

// Changes that need proof it is really the account owner (the current password), and
// the ones that end sessions. Every function takes the caller's id from the session.

export type SecurityResult = { ok: true } | Refused;

/** A refusal about one input, told at the input and at the top of the form. */
const refuseField = (field: "currentPassword" | "newEmail", message: string): Refused => ({
  ok: false,
  message,
  fields: { [field]: [message] },
});
const tooManyAttempts = (seconds: number): Refused => ({ ok: false, message: retryMessage(seconds) });

const WRONG_PASSWORD = "Your current password is incorrect.";

/**
 * Checks the current password, counting failures against the same limits as login, so a
 * stolen session cannot be used to guess it quickly. Provider-only accounts have none.
 */
async function confirmPassword(
  user: { email: string; passwordHash: string | null },
  password: string,
  context: { ip: string; limits?: AuthLimits },
): Promise<SecurityResult> {
  const limits = context.limits ?? authLimits();
  const verdict = await limits.checkLogin(user.email, context.ip);
  if (verdict.limited) return tooManyAttempts(verdict.retryAfterSeconds);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
    await limits.loginFailed(user.email, context.ip);
    return refuseField("currentPassword", WRONG_PASSWORD);
  }
  return { ok: true };
}

async function loadUser(userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new Error("The signed-in user no longer exists.");
  return user;
}

/** Sets a new password and ends every session (the caller signs the current one in again). */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
  context: { ip: string; limits?: AuthLimits },
): Promise<SecurityResult> {
  const user = await loadUser(userId);
  if (!user.passwordHash) {
    return refuseField("currentPassword", "Your account has no password yet: use “Forgot your password?” to set one.");
  }
  const confirmed = await confirmPassword(user, input.currentPassword, context);
  if (!confirmed.ok) return confirmed;
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
    await bumpSessionVersion(tx, userId);
  });
  forgetSessionState(userId);
  return { ok: true };
}

/**
 * Sends a verification link to the new address; the login email changes only when it is
 * followed. Whether the address belongs to someone else is only checked then, so this
 * form cannot be used to find out which emails have accounts.
 */
export async function requestEmailChange(
  userId: string,
  input: { newEmail: string; currentPassword: string },
  context: { ip: string; limits?: AuthLimits },
): Promise<SecurityResult> {
  const user = await loadUser(userId);
  if (input.newEmail === user.email) return refuseField("newEmail", "That is already your email address.");
  if (user.passwordHash) {
    const confirmed = await confirmPassword(user, input.currentPassword, context);
    if (!confirmed.ok) return confirmed;
  }
  const verdict = await (context.limits ?? authLimits()).resetRequest(input.newEmail, context.ip);
  if (verdict.limited) return tooManyAttempts(verdict.retryAfterSeconds);
  await db.transaction((tx) => issueEmailVerification(tx, user, input.newEmail));
  return { ok: true };
}

/** A fresh verification link for the current, unverified address. */
export async function resendVerification(
  userId: string,
  context: { ip: string; limits?: AuthLimits },
): Promise<SecurityResult> {
  const user = await loadUser(userId);
  if (user.emailVerified) return { ok: false, message: "Your email address is already verified." };
  const verdict = await (context.limits ?? authLimits()).resetRequest(user.email, context.ip);
  if (verdict.limited) return tooManyAttempts(verdict.retryAfterSeconds);
  await db.transaction((tx) => issueEmailVerification(tx, user, user.email));
  return { ok: true };
}
