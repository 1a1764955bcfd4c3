import { and, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { outbox, users, userTokens } from "@/db/schema";
import { requestEmailChange } from "@/lib/account/security";
import { verifyCredentials } from "@/lib/auth/credentials";
import { verifyEmailToken } from "@/lib/auth/email-verification";
import { isResetTokenUsable, requestPasswordReset, resetPassword, RESET_TOKEN_TTL_MS } from "@/lib/auth/password-reset";
import { registerUser } from "@/lib/auth/register";
import { hashToken } from "@/lib/auth/tokens";
import { authContext } from "./helpers/auth-context";

// Emailed tokens: password reset (single use, one hour, only a hash stored, same answer
// for unknown emails) and email verification (including an email change).


const ctx = () => authContext("203.0.113.5");

async function register(email: string, password = "original password") {
  const result = await registerUser({ name: "Tess", email, password }, ctx());
  if (!result.ok) throw new Error("registration failed");
  return result.userId;
}

/** The token in the newest emailed link of an event to an address (what the user clicks). */
async function emailedToken(event: string, email: string, linkField: "resetUrl" | "verifyUrl"): Promise<string> {
  const [row] = await db
    .select({ payload: outbox.payload })
    .from(outbox)
    .where(and(eq(outbox.name, event), sql`${outbox.payload}->>'email' = ${email}`))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  const url = row?.payload[linkField];
  if (typeof url !== "string") throw new Error(`no ${event} for ${email}`);
  return new URL(url).searchParams.get("token")!;
}

const resetEvent = "shop/password.reset-requested";

describe("password reset", () => {
  it("gives the same answer for an unknown email and sends nothing", async () => {
    await register("known@example.com");
    const before = await db.$count(outbox);
    expect(await requestPasswordReset("known@example.com", ctx())).toEqual({ ok: true });
    expect(await requestPasswordReset("unknown@example.com", ctx())).toEqual({ ok: true });
    expect(await db.$count(outbox)).toBe(before + 1);
  });

  it("stores only the SHA-256 of a 32-byte token, valid for one hour", async () => {
    const userId = await register("hash@example.com");
    const now = new Date("2030-01-01T12:00:00Z");
    await requestPasswordReset("hash@example.com", { ...ctx(), now });
    const token = await emailedToken(resetEvent, "hash@example.com", "resetUrl");
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(32);
    const rows = await db
      .select()
      .from(userTokens)
      .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, "reset_password")));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(rows[0])).not.toContain(token);
    expect(rows[0]!.expiresAt.getTime() - now.getTime()).toBe(RESET_TOKEN_TTL_MS);
    expect(RESET_TOKEN_TTL_MS).toBe(60 * 60 * 1000);
  });

  it("works once: the new password logs in, the old one and the same link no longer do", async () => {
    await register("once@example.com");
    await requestPasswordReset("once@example.com", ctx());
    const token = await emailedToken(resetEvent, "once@example.com", "resetUrl");
    expect(await isResetTokenUsable(token)).toBe(true);

    expect(await resetPassword(token, "brand new password")).toMatchObject({ ok: true });
    expect(await isResetTokenUsable(token)).toBe(false);
    expect(await resetPassword(token, "attacker password")).toEqual({ ok: false, reason: "invalid" });

    expect(await verifyCredentials({ email: "once@example.com", password: "brand new password" }, ctx())).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: "once@example.com", password: "original password" }, ctx())).toMatchObject({ ok: false });
    expect(await verifyCredentials({ email: "once@example.com", password: "attacker password" }, ctx())).toMatchObject({ ok: false });
  });

  it("cannot be used twice at the same time", async () => {
    await register("race@example.com");
    await requestPasswordReset("race@example.com", ctx());
    const token = await emailedToken(resetEvent, "race@example.com", "resetUrl");
    const results = await Promise.all([resetPassword(token, "password number one"), resetPassword(token, "password number two")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("expires after an hour", async () => {
    await register("late@example.com");
    const issued = new Date();
    await requestPasswordReset("late@example.com", { ...ctx(), now: issued });
    const token = await emailedToken(resetEvent, "late@example.com", "resetUrl");
    const later = new Date(issued.getTime() + RESET_TOKEN_TTL_MS + 1000);
    expect(await isResetTokenUsable(token, later)).toBe(false);
    expect(await resetPassword(token, "too late password", later)).toEqual({ ok: false, reason: "invalid" });
    // Still usable just before the hour is up.
    expect(await resetPassword(token, "just in time pw", new Date(issued.getTime() + RESET_TOKEN_TTL_MS - 1000))).toMatchObject({
      ok: true,
    });
  });

  it("makes earlier links stop working when a new one is requested", async () => {
    await register("twice@example.com");
    await requestPasswordReset("twice@example.com", ctx());
    const first = await emailedToken(resetEvent, "twice@example.com", "resetUrl");
    await requestPasswordReset("twice@example.com", ctx());
    const second = await emailedToken(resetEvent, "twice@example.com", "resetUrl");
    expect(second).not.toBe(first);
    expect(await resetPassword(first, "some new password")).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword(second, "some new password")).toMatchObject({ ok: true });
  });

  it("rejects made-up tokens", async () => {
    expect(await resetPassword("x".repeat(43), "whatever password")).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword("not even the right shape", "whatever password")).toEqual({ ok: false, reason: "invalid" });
  });

  it("verifies the email it was sent to", async () => {
    const userId = await register("proof@example.com");
    await requestPasswordReset("proof@example.com", ctx());
    await resetPassword(await emailedToken(resetEvent, "proof@example.com", "resetUrl"), "a fresh password");
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user!.emailVerified).not.toBeNull();
  });
});

describe("email verification", () => {
  const verifyEvent = "shop/email.verification-requested";

  it("marks the address verified, once", async () => {
    const userId = await register("verify@example.com");
    const token = await emailedToken(verifyEvent, "verify@example.com", "verifyUrl");
    expect(await verifyEmailToken(token)).toEqual({ ok: true, email: "verify@example.com", changed: false });
    expect(await verifyEmailToken(token)).toEqual({ ok: false, reason: "invalid" });
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user!.emailVerified).toBeInstanceOf(Date);
  });

  it("expires after a day", async () => {
    await register("slowpoke@example.com");
    const token = await emailedToken(verifyEvent, "slowpoke@example.com", "verifyUrl");
    expect(await verifyEmailToken(token, new Date(Date.now() + 25 * 60 * 60 * 1000))).toEqual({ ok: false, reason: "invalid" });
  });

  it("changes the login email only when the new address is confirmed, and never onto another account's", async () => {
    const userId = await register("old@example.com", "pw for old account");
    await register("someone@example.com");
    expect(await requestEmailChange(userId, { newEmail: "new@example.com", currentPassword: "wrong" }, ctx())).toMatchObject({
      ok: false,
      field: "currentPassword",
    });
    expect(await requestEmailChange(userId, { newEmail: "new@example.com", currentPassword: "pw for old account" }, ctx())).toEqual({
      ok: true,
    });
    const [unchanged] = await db.select().from(users).where(eq(users.id, userId));
    expect(unchanged!.email).toBe("old@example.com");

    expect(await verifyEmailToken(await emailedToken(verifyEvent, "new@example.com", "verifyUrl"))).toEqual({
      ok: true,
      email: "new@example.com",
      changed: true,
    });
    const [changed] = await db.select().from(users).where(eq(users.id, userId));
    expect(changed!.email).toBe("new@example.com");
    expect(changed!.emailVerified).not.toBeNull();

    // Asking for an address that has an account is accepted (no enumeration) but cannot complete.
    expect(await requestEmailChange(userId, { newEmail: "someone@example.com", currentPassword: "pw for old account" }, ctx())).toEqual({
      ok: true,
    });
    expect(await verifyEmailToken(await emailedToken(verifyEvent, "someone@example.com", "verifyUrl"))).toEqual({
      ok: false,
      reason: "email_taken",
    });
  });
});
