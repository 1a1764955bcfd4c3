import { and, asc, desc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { emails, outbox, users, userTokens } from "@/db/schema";
import { requestEmailChange } from "@/lib/account/security";
import { verifyCredentials } from "@/lib/auth/credentials";
import { verifyEmailToken } from "@/lib/auth/email-verification";
import { isResetTokenUsable, requestPasswordReset, resetPassword, RESET_TOKEN_TTL_MS } from "@/lib/auth/password-reset";
import { registerUser } from "@/lib/auth/register";
import { hashToken } from "@/lib/auth/tokens";
import { sendPasswordResetEmail } from "@/lib/outbox/handlers/emails";
import { authContext } from "./helpers/auth-context";
import { recordingInbox, tokenInLink } from "./helpers/inbox";

// Emailed tokens: password reset (single use, one hour, only a hash stored, the same work
// for unknown emails) and email verification (including an email change).

const ctx = () => authContext("203.0.113.5");

async function register(email: string, password = "original password") {
  const result = await registerUser({ name: "Tess", email, password }, ctx());
  if (!result.ok) throw new Error("registration failed");
  return result.userId;
}

// What each user finds in their inbox: the outbox delivered through the real handlers.
const inbox = recordingInbox();

/** The token in the newest emailed link of a kind to an address (what the user clicks). */
async function emailedToken(kind: "reset" | "verify", email: string): Promise<string> {
  await inbox.deliver();
  return kind === "reset"
    ? tokenInLink(inbox.newest(email, /^Reset your/), "/reset-password")
    : tokenInLink(inbox.newest(email, /^Confirm your email/), "/verify-email");
}

/** What a request may have written: outbox rows about these addresses, tokens and logged emails. */
const writtenFor = async (addresses: string[]) => ({
  outbox: await db
    .select({ name: outbox.name, payload: outbox.payload })
    .from(outbox)
    .where(sql`${outbox.payload}->>'email' in ${addresses}`)
    .orderBy(asc(outbox.createdAt)),
  tokens: await db.$count(userTokens),
  emails: await db.$count(emails),
});

describe("password reset", () => {
  it("does the same work for a known and an unknown email; only the handler tells them apart", async () => {
    await register("known@example.com");
    await inbox.deliver();
    const before = await writtenFor(["known@example.com", "unknown@example.com"]);
    const requestedAt = new Date();

    expect(await requestPasswordReset("known@example.com", { ...ctx(), now: requestedAt })).toEqual({ ok: true });
    expect(await requestPasswordReset("unknown@example.com", { ...ctx(), now: requestedAt })).toEqual({ ok: true });
    // The request path wrote one outbox row each, of the same shape, and nothing else.
    expect(await writtenFor(["known@example.com", "unknown@example.com"])).toEqual({
      outbox: [
        ...before.outbox,
        {
          name: "auth/password-reset.requested",
          payload: { email: "known@example.com", requestedAt: requestedAt.toISOString() },
        },
        {
          name: "auth/password-reset.requested",
          payload: { email: "unknown@example.com", requestedAt: requestedAt.toISOString() },
        },
      ],
      tokens: before.tokens,
      emails: before.emails,
    });
    const tokensBefore = before.tokens;
    const emailsBefore = before.emails;

    // The handler emails a link to the account, and nothing to an address without one.
    await inbox.deliver();
    expect(inbox.sent.filter((e) => e.to === "known@example.com" && /^Reset your/.test(e.subject))).toHaveLength(1);
    expect(inbox.sent.filter((e) => e.to === "unknown@example.com")).toEqual([]);
    expect(await db.$count(userTokens)).toBe(tokensBefore + 1);
    expect(await db.$count(emails)).toBe(emailsBefore + 1);
  });

  it("creates one link and one email per request, however often its handler runs", async () => {
    const userId = await register("retry@example.com");
    await requestPasswordReset("retry@example.com", ctx());
    const [event] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.name, "auth/password-reset.requested"))
      .orderBy(desc(outbox.createdAt))
      .limit(1);
    const run = () =>
      sendPasswordResetEmail.run(
        { id: event!.id, name: "auth/password-reset.requested", data: event!.payload as never },
        { db, email: inbox.sender },
      );
    await run();
    await run();
    const sent = inbox.sent.filter((e) => e.to === "retry@example.com" && /^Reset your/.test(e.subject));
    expect(sent).toHaveLength(1);
    const tokens = await db
      .select()
      .from(userTokens)
      .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, "reset_password")));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.tokenHash).toBe(hashToken(tokenInLink(sent[0], "/reset-password")));
    expect(await db.$count(emails, eq(emails.eventId, event!.id))).toBe(1);
  });

  it("keeps the newest request's link when handlers run out of order", async () => {
    await register("order@example.com");
    const early = new Date(Date.now() - 60_000);
    await requestPasswordReset("order@example.com", { ...ctx(), now: early });
    await requestPasswordReset("order@example.com", ctx());
    const events = await db
      .select()
      .from(outbox)
      .where(
        and(eq(outbox.name, "auth/password-reset.requested"), sql`${outbox.payload}->>'email' = 'order@example.com'`),
      )
      .orderBy(asc(outbox.createdAt));
    const [older, newer] = events.map((e) => ({
      id: e.id,
      name: "auth/password-reset.requested" as const,
      data: e.payload as never,
    }));
    await sendPasswordResetEmail.run(newer!, { db, email: inbox.sender });
    await sendPasswordResetEmail.run(older!, { db, email: inbox.sender });
    const sent = inbox.sent.filter((e) => e.to === "order@example.com" && /^Reset your/.test(e.subject));
    expect(sent).toHaveLength(1);
    expect(await resetPassword(tokenInLink(sent[0], "/reset-password"), "the newest link works")).toMatchObject({
      ok: true,
    });
  });

  it("stores only the SHA-256 of a 32-byte token, valid for one hour", async () => {
    const userId = await register("hash@example.com");
    const now = new Date("2030-01-01T12:00:00Z");
    await requestPasswordReset("hash@example.com", { ...ctx(), now });
    const token = await emailedToken("reset", "hash@example.com");
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
    const token = await emailedToken("reset", "once@example.com");
    expect(await isResetTokenUsable(token)).toBe(true);

    expect(await resetPassword(token, "brand new password")).toMatchObject({ ok: true });
    expect(await isResetTokenUsable(token)).toBe(false);
    expect(await resetPassword(token, "attacker password")).toEqual({ ok: false, reason: "invalid" });

    expect(await verifyCredentials({ email: "once@example.com", password: "brand new password" }, ctx())).toMatchObject(
      { ok: true },
    );
    expect(await verifyCredentials({ email: "once@example.com", password: "original password" }, ctx())).toMatchObject({
      ok: false,
    });
    expect(await verifyCredentials({ email: "once@example.com", password: "attacker password" }, ctx())).toMatchObject({
      ok: false,
    });
  });

  it("cannot be used twice at the same time", async () => {
    await register("race@example.com");
    await requestPasswordReset("race@example.com", ctx());
    const token = await emailedToken("reset", "race@example.com");
    const results = await Promise.all([
      resetPassword(token, "password number one"),
      resetPassword(token, "password number two"),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("expires after an hour", async () => {
    await register("late@example.com");
    const issued = new Date();
    await requestPasswordReset("late@example.com", { ...ctx(), now: issued });
    const token = await emailedToken("reset", "late@example.com");
    const later = new Date(issued.getTime() + RESET_TOKEN_TTL_MS + 1000);
    expect(await isResetTokenUsable(token, later)).toBe(false);
    expect(await resetPassword(token, "too late password", later)).toEqual({ ok: false, reason: "invalid" });
    // Still usable just before the hour is up.
    expect(
      await resetPassword(token, "just in time pw", new Date(issued.getTime() + RESET_TOKEN_TTL_MS - 1000)),
    ).toMatchObject({
      ok: true,
    });
  });

  it("makes earlier links stop working when a new one is requested", async () => {
    await register("twice@example.com");
    await requestPasswordReset("twice@example.com", ctx());
    const first = await emailedToken("reset", "twice@example.com");
    await requestPasswordReset("twice@example.com", ctx());
    const second = await emailedToken("reset", "twice@example.com");
    expect(second).not.toBe(first);
    expect(await resetPassword(first, "some new password")).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword(second, "some new password")).toMatchObject({ ok: true });
  });

  it("rejects made-up tokens", async () => {
    expect(await resetPassword("x".repeat(43), "whatever password")).toEqual({ ok: false, reason: "invalid" });
    expect(await resetPassword("not even the right shape", "whatever password")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("verifies the email it was sent to", async () => {
    const userId = await register("proof@example.com");
    await requestPasswordReset("proof@example.com", ctx());
    await resetPassword(await emailedToken("reset", "proof@example.com"), "a fresh password");
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user!.emailVerified).not.toBeNull();
  });
});

describe("email verification", () => {
  it("marks the address verified, once", async () => {
    const userId = await register("verify@example.com");
    const token = await emailedToken("verify", "verify@example.com");
    expect(await verifyEmailToken(token)).toEqual({ ok: true, email: "verify@example.com", changed: false });
    expect(await verifyEmailToken(token)).toEqual({ ok: false, reason: "invalid" });
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user!.emailVerified).toBeInstanceOf(Date);
  });

  it("expires after a day", async () => {
    await register("slowpoke@example.com");
    const token = await emailedToken("verify", "slowpoke@example.com");
    expect(await verifyEmailToken(token, new Date(Date.now() + 25 * 60 * 60 * 1000))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("changes the login email only when the new address is confirmed, and never onto another account's", async () => {
    const userId = await register("old@example.com", "pw for old account");
    await register("someone@example.com");
    expect(
      await requestEmailChange(userId, { newEmail: "new@example.com", currentPassword: "wrong" }, ctx()),
    ).toMatchObject({
      ok: false,
      fields: { currentPassword: [expect.any(String)] },
    });
    expect(
      await requestEmailChange(userId, { newEmail: "new@example.com", currentPassword: "pw for old account" }, ctx()),
    ).toEqual({
      ok: true,
    });
    const [unchanged] = await db.select().from(users).where(eq(users.id, userId));
    expect(unchanged!.email).toBe("old@example.com");

    expect(await verifyEmailToken(await emailedToken("verify", "new@example.com"))).toEqual({
      ok: true,
      email: "new@example.com",
      changed: true,
    });
    const [changed] = await db.select().from(users).where(eq(users.id, userId));
    expect(changed!.email).toBe("new@example.com");
    expect(changed!.emailVerified).not.toBeNull();

    // Asking for an address that has an account is accepted (no enumeration) but cannot complete.
    expect(
      await requestEmailChange(
        userId,
        { newEmail: "someone@example.com", currentPassword: "pw for old account" },
        ctx(),
      ),
    ).toEqual({
      ok: true,
    });
    expect(await verifyEmailToken(await emailedToken("verify", "someone@example.com"))).toEqual({
      ok: false,
      reason: "email_taken",
    });
  });
});
