import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Account, Profile } from "next-auth";
import { db } from "@/db";
import { accounts, users } from "@/db/schema";
import { normalizeEmail } from "./schemas";
import { findUserByEmail } from "./users";

export const LINK_REFUSED_ERROR = "OAuthAccountNotLinked";

/**
 * Whether the provider vouches for the email it sent. Google says so explicitly; GitHub
 * returns the address from the user's profile, which GitHub only lets users set to a
 * verified address.
 */
function providerVerifiedEmail(provider: string, profile: Profile | null): boolean {
  if (provider === "google") return profile?.email_verified === true;
  return provider === "github";
}

/**
 * The `signIn` callback for GitHub/Google. A returning provider account signs in. A new
 * one whose email already belongs to an account links to it only if that account has
 * verified its email (and the provider vouches for the address): otherwise whoever
 * registered the address first — possibly an attacker who cannot read its mail — would
 * share the account. Refusals go back to the login page with an explanation.
 */
export async function oauthSignInDecision(input: {
  account: Pick<Account, "provider" | "providerAccountId">;
  email: string | null;
  profile: Profile | null;
}): Promise<true | string> {
  const { provider, providerAccountId } = input.account;
  const [linked] = await db
    .select({ userId: accounts.userId })
    .from(accounts)
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
    .limit(1);
  if (linked) return true;

  if (!input.email) return "/login?error=OAuthNoEmail";
  const existing = await findUserByEmail(db, normalizeEmail(input.email));
  if (!existing) return true;
  if (existing.emailVerified && providerVerifiedEmail(provider, input.profile)) return true;
  return `/login?error=${LINK_REFUSED_ERROR}`;
}

/**
 * After a provider sign-in: an account whose address the provider vouches for counts as
 * verified (so it can later be linked to, and shows as verified on the profile).
 */
export async function markEmailVerifiedByProvider(input: {
  userId: string;
  provider: string;
  email: string | null | undefined;
  profile: Profile | null;
}): Promise<void> {
  if (!input.email || !providerVerifiedEmail(input.provider, input.profile)) return;
  await db
    .update(users)
    .set({ emailVerified: new Date() })
    .where(and(eq(users.id, input.userId), eq(users.email, normalizeEmail(input.email)), isNull(users.emailVerified)));
}
