import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { accounts, outbox, users } from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { registerUser } from "@/lib/auth/register";
import { createAuthLimits } from "@/lib/rate-limit";

// Login and registration answers must not tell an attacker which emails have accounts.
// Each test uses its own limiter keys (a random prefix), so counts never leak between tests.

function limits() {
  const run = randomBytes(4).toString("hex");
  const generous = { points: 1000, duration: 60 };
  return createAuthLimits(
    {
      loginAccountIp: { keyPrefix: `t${run}:lai`, ...generous },
      loginAccount: { keyPrefix: `t${run}:la`, ...generous },
      loginIp: { keyPrefix: `t${run}:li`, ...generous },
      loginKnownIp: { keyPrefix: `t${run}:lk`, points: 1, duration: 60 },
      registerIp: { keyPrefix: `t${run}:ri`, ...generous },
      registerAccount: { keyPrefix: `t${run}:ra`, ...generous },
      resetIp: { keyPrefix: `t${run}:pi`, ...generous },
      resetAccount: { keyPrefix: `t${run}:pa`, ...generous },
    },
    "database",
  );
}

const ip = "203.0.113.7";

async function register(email: string, password = "correct horse battery") {
  const result = await registerUser({ name: "Test", email, password }, { ip, limits: limits() });
  if (!result.ok) throw new Error(`registration failed: ${JSON.stringify(result)}`);
  return result.userId;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe("login answers", () => {
  it("accept the right password, case-insensitively on the email", async () => {
    const id = await register("ada@example.com");
    const result = await verifyCredentials(
      { email: " ADA@Example.com ", password: "correct horse battery" },
      { ip, limits: limits() },
    );
    expect(result).toEqual({ ok: true, user: { id, email: "ada@example.com", name: "Test", role: "customer" } });
  });

  it("are identical for a wrong password, an unknown email and a password-less account", async () => {
    await register("grace@example.com");
    const [oauthOnly] = await db.insert(users).values({ email: "linus@example.com", name: "Linus" }).returning();
    await db
      .insert(accounts)
      .values({ userId: oauthOnly!.id, type: "oauth", provider: "github", providerAccountId: "42" });

    const l = limits();
    const wrong = await verifyCredentials(
      { email: "grace@example.com", password: "not her password" },
      { ip, limits: l },
    );
    const unknown = await verifyCredentials(
      { email: "nobody@example.com", password: "not her password" },
      { ip, limits: l },
    );
    const noPassword = await verifyCredentials(
      { email: "linus@example.com", password: "not her password" },
      { ip, limits: l },
    );
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(noPassword).toEqual(wrong);
  });

  it("take about as long for an unknown email as for a wrong password (a full argon2 check either way)", async () => {
    await register("timing@example.com");
    const l = limits();
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      wrong.push(
        (
          await timed(() =>
            verifyCredentials({ email: "timing@example.com", password: `guess-${i}` }, { ip, limits: l }),
          )
        )[1],
      );
      unknown.push(
        (
          await timed(() =>
            verifyCredentials({ email: `ghost-${i}@example.com`, password: `guess-${i}` }, { ip, limits: l }),
          )
        )[1],
      );
    }
    // Loose bounds: other test files run in parallel. Without the dummy verification an
    // unknown email would answer in a database round trip, an order of magnitude faster.
    expect(median(unknown)).toBeGreaterThan(median(wrong) / 3);
    expect(median(unknown)).toBeLessThan(median(wrong) * 3);
  });
});

describe("registration", () => {
  it("stores an argon2id hash, never the password, and queues the welcome and verification emails in the same transaction", async () => {
    const id = await register("new@example.com", "a long new password");
    const [user] = await db.select().from(users).where(eq(users.id, id));
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user!.passwordHash).not.toContain("a long new password");
    expect(user!.emailVerified).toBeNull();
    expect(user!.role).toBe("customer");
    const events = await db
      .select({ name: outbox.name })
      .from(outbox)
      .where(sql`${outbox.payload}->>'userId' = ${id}`);
    expect(events.map((e) => e.name).sort()).toEqual(["shop/email.verification-requested", "shop/user.registered"]);
  });

  it("gives one neutral answer for an email that is taken, whatever the existing account is like, and writes nothing", async () => {
    await register("taken@example.com");
    await db.insert(users).values({ email: "provider@example.com", name: "OAuth only" });
    const before = { users: await db.$count(users), events: await db.$count(outbox) };

    const answers = [
      await registerUser(
        { name: "Mallory", email: "taken@example.com", password: "another password" },
        { ip, limits: limits() },
      ),
      await registerUser(
        { name: "Mallory", email: "TAKEN@example.com", password: "correct horse battery" },
        { ip, limits: limits() },
      ),
      await registerUser(
        { name: "Mallory", email: "provider@example.com", password: "another password" },
        { ip, limits: limits() },
      ),
    ];
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: "unavailable" });
    expect({ users: await db.$count(users), events: await db.$count(outbox) }).toEqual(before);
  });

  it("spends a full password hash on a taken email too, so timing does not tell", async () => {
    await register("slow@example.com");
    const hashing: number[] = [];
    const taken: number[] = [];
    for (let i = 0; i < 3; i++) {
      hashing.push((await timed(() => hashPassword("password-123")))[1]);
      taken.push(
        (
          await timed(() =>
            registerUser({ name: "X", email: "slow@example.com", password: "password-123" }, { ip, limits: limits() }),
          )
        )[1],
      );
    }
    expect(median(taken)).toBeGreaterThan(median(hashing) * 0.5);
  });
});
