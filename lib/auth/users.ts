import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users, type NewUser, type User } from "@/db/schema";
import { enqueueEvent } from "@/lib/events";

/**
 * Inserts a user and its `shop/user.registered` event (the welcome email) in the
 * caller's transaction. Returns null, writing nothing, when the email is already taken.
 */
export async function createUserRecord(tx: DbOrTx, values: NewUser): Promise<User | null> {
  const [user] = await tx.insert(users).values(values).onConflictDoNothing({ target: users.email }).returning();
  if (!user) return null;
  await enqueueEvent(tx, "shop/user.registered", {
    userId: user.id,
    email: user.email,
    ...(user.name ? { name: user.name } : {}),
  });
  return user;
}

export async function findUserByEmail(database: DbOrTx, email: string): Promise<User | null> {
  const [user] = await database.select().from(users).where(eq(users.email, email)).limit(1);
  return user ?? null;
}
