import "server-only";
import { and, desc, eq, gt, isNull, ne } from "drizzle-orm";
import { db } from "@/db";
import { accounts, users, userTokens } from "@/db/schema";

export type Profile = {
  id: string;
  name: string | null;
  email: string;
  emailVerified: boolean;
  hasPassword: boolean;
  /** A new address waiting for its verification link to be followed. */
  pendingEmail: string | null;
  providers: string[];
  createdAt: Date;
};

export async function getProfile(userId: string): Promise<Profile | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const [pending] = await db
    .select({ email: userTokens.email })
    .from(userTokens)
    .where(
      and(
        eq(userTokens.userId, userId),
        eq(userTokens.purpose, "verify_email"),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, new Date()),
        ne(userTokens.email, user.email),
      ),
    )
    .orderBy(desc(userTokens.createdAt))
    .limit(1);
  const linked = await db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified !== null,
    hasPassword: user.passwordHash !== null,
    pendingEmail: pending?.email ?? null,
    providers: linked.map((a) => a.provider),
    createdAt: user.createdAt,
  };
}

export async function updateName(userId: string, name: string): Promise<void> {
  await db.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, userId));
}
