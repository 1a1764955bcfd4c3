import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { accounts, outbox, users } from "@/db/schema";
import { authAdapter } from "@/lib/auth/adapter";
import { LINK_REFUSED_ERROR, markEmailVerifiedByProvider, oauthSignInDecision } from "@/lib/auth/oauth-linking";

// GitHub/Google sign-in: a provider account whose email matches an existing account links
// to it only when that account's email is verified (no takeover through an address
// someone registered without being able to read its mail).

const refused = `/login?error=${LINK_REFUSED_ERROR}`;
const github = (id: string) => ({ provider: "github", providerAccountId: id });
const google = (id: string) => ({ provider: "google", providerAccountId: id });

async function passwordAccount(email: string, verified: boolean) {
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: "Owner",
      passwordHash: "$argon2id$placeholder",
      emailVerified: verified ? new Date() : null,
    })
    .returning();
  return user!;
}

describe("linking a provider account by email", () => {
  it("is allowed when the existing account's email is verified", async () => {
    await passwordAccount("verified@example.com", true);
    expect(await oauthSignInDecision({ account: github("1"), email: "Verified@Example.com", profile: null })).toBe(
      true,
    );
    expect(
      await oauthSignInDecision({
        account: google("1"),
        email: "verified@example.com",
        profile: { email_verified: true },
      }),
    ).toBe(true);
  });

  it("is refused when the existing account's email is not verified", async () => {
    await passwordAccount("unverified@example.com", false);
    expect(await oauthSignInDecision({ account: github("2"), email: "unverified@example.com", profile: null })).toBe(
      refused,
    );
  });

  it("is refused when the provider does not vouch for the address", async () => {
    await passwordAccount("claimed@example.com", true);
    expect(
      await oauthSignInDecision({
        account: google("3"),
        email: "claimed@example.com",
        profile: { email_verified: false },
      }),
    ).toBe(refused);
  });

  it("does not apply to a provider account that is already linked, or to a new email", async () => {
    const owner = await passwordAccount("linked@example.com", false);
    await db.insert(accounts).values({ userId: owner.id, type: "oauth", provider: "github", providerAccountId: "4" });
    expect(await oauthSignInDecision({ account: github("4"), email: "linked@example.com", profile: null })).toBe(true);
    expect(await oauthSignInDecision({ account: github("5"), email: "brand-new@example.com", profile: null })).toBe(
      true,
    );
  });

  it("is refused without an email", async () => {
    expect(await oauthSignInDecision({ account: github("6"), email: null, profile: null })).toBe(
      "/login?error=OAuthNoEmail",
    );
  });
});

describe("accounts created through a provider", () => {
  it("store the email lower-cased, get the customer role and a welcome email, and no password", async () => {
    const created = await authAdapter().createUser!({
      id: "ignored",
      email: "New.Person@Example.com",
      name: "New",
      image: null,
      emailVerified: null,
    });
    expect(created).toMatchObject({ email: "new.person@example.com", name: "New" });
    expect(created).not.toHaveProperty("passwordHash");
    const [row] = await db.select().from(users).where(eq(users.id, created.id));
    expect(row).toMatchObject({ role: "customer", passwordHash: null });
    const events = await db
      .select({ name: outbox.name })
      .from(outbox)
      .where(sql`${outbox.payload}->>'userId' = ${created.id}`);
    expect(events.map((e) => e.name)).toEqual(["shop/user.registered"]);
    expect(await authAdapter().getUserByEmail!("NEW.PERSON@example.com")).toMatchObject({ id: created.id });
  });

  it("count as verified when Google vouches for the address, not otherwise", async () => {
    const [a] = await db.insert(users).values({ email: "g1@example.com" }).returning();
    const [b] = await db.insert(users).values({ email: "g2@example.com" }).returning();
    await markEmailVerifiedByProvider({
      userId: a!.id,
      provider: "google",
      email: "g1@example.com",
      profile: { email_verified: true },
    });
    await markEmailVerifiedByProvider({
      userId: b!.id,
      provider: "google",
      email: "g2@example.com",
      profile: { email_verified: false },
    });
    const rows = await db
      .select({ email: users.email, verified: users.emailVerified })
      .from(users)
      .where(sql`${users.email} in ('g1@example.com', 'g2@example.com')`);
    expect(Object.fromEntries(rows.map((r) => [r.email, r.verified !== null]))).toEqual({
      "g1@example.com": true,
      "g2@example.com": false,
    });
  });
});
