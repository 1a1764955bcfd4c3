import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "@/db";
import { accounts, users, type User } from "@/db/schema";
import { createUserRecord } from "./users";
import { normalizeEmail } from "./schemas";

/** Only what Auth.js needs: never hand the password hash or role to its callbacks. */
function toAdapterUser(user: User | null | undefined): AdapterUser | null {
  if (!user) return null;
  return { id: user.id, name: user.name, email: user.email, emailVerified: user.emailVerified, image: user.image };
}

/**
 * The Drizzle adapter on our tables, with user creation replaced: emails are stored
 * lower-cased, and an account created through GitHub/Google writes its
 * `shop/user.registered` event in the same transaction as the user row.
 */
export function authAdapter(): Adapter {
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts });
  return {
    ...base,
    async createUser({ email, name, image, emailVerified }) {
      const user = await db.transaction((tx) =>
        createUserRecord(tx, { email: normalizeEmail(email), name: name ?? null, image: image ?? null, emailVerified }),
      );
      return toAdapterUser(user)!;
    },
    async getUser(id) {
      return toAdapterUser((await base.getUser!(id)) as User | null);
    },
    async getUserByEmail(email) {
      return toAdapterUser((await base.getUserByEmail!(normalizeEmail(email))) as User | null);
    },
    async getUserByAccount(account) {
      return toAdapterUser((await base.getUserByAccount!(account)) as User | null);
    },
    async updateUser(data) {
      // Auth.js updates only profile fields; keep the email normalized if it sends one.
      const patch = data.email ? { ...data, email: normalizeEmail(data.email) } : data;
      return toAdapterUser((await base.updateUser!(patch)) as User)!;
    },
  };
}
