import { sql } from "drizzle-orm";
import {
  boolean,
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";

// Accounts and sessions (lib/auth, lib/account). `users` and `accounts` have the shape the
// Auth.js Drizzle adapter expects (JS property names matter, column names are ours).
// Sessions are JWTs, so there is no sessions table: "log out everywhere" is `session_version`
// and "log out" is a row in `revoked_sessions`.

export const userRole = pgEnum("user_role", ["customer", "staff", "admin"]);
export type UserRole = (typeof userRole.enumValues)[number];

export const users = pgTable(
  "users",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text(),
    // Always stored lower-cased (checked below) so lookups and the unique key agree.
    email: text().notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text(),
    // argon2id PHC string; null for accounts that only sign in through a provider.
    passwordHash: text("password_hash"),
    role: userRole().notNull().default("customer"),
    // Every JWT carries the version it was issued under; bumping it ends every session.
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email), check("users_email_lower", sql`${t.email} = lower(${t.email})`)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().$type<AdapterAccountType>().notNull(),
    provider: text().notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text(),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const userTokenPurpose = pgEnum("user_token_purpose", ["verify_email", "reset_password"]);
export type UserTokenPurpose = (typeof userTokenPurpose.enumValues)[number];

// Single-use emailed tokens. Only the SHA-256 of the token is stored: a leaked table (or
// backup) cannot be replayed. `email` is the address the token was sent to — for an email
// change that is the new address, which becomes the account's only once verified.
export const userTokens = pgTable(
  "user_tokens",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: userTokenPurpose().notNull(),
    tokenHash: text("token_hash").notNull(),
    email: text().notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("user_tokens_hash_key").on(t.tokenHash), index("user_tokens_user_idx").on(t.userId, t.purpose)],
);

export const addresses = pgTable(
  "addresses",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    fullName: text("full_name").notNull(),
    company: text().notNull().default(""),
    line1: text().notNull(),
    line2: text().notNull().default(""),
    city: text().notNull(),
    region: text().notNull().default(""),
    postalCode: text("postal_code").notNull(),
    country: char({ length: 2 }).notNull(),
    phone: text().notNull().default(""),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("addresses_user_idx").on(t.userId),
    // At most one default per user, enforced by the database rather than by care.
    uniqueIndex("addresses_one_default_key")
      .on(t.userId)
      .where(sql`${t.isDefault}`),
  ],
);

// The embedded store for rate-limiter-flexible (lib/rate-limit/drizzle-store.ts) when no
// Redis is configured: one row per key, updated with an atomic upsert.
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text().primaryKey(),
    points: integer().notNull().default(0),
    expire: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [index("rate_limits_expire_idx").on(t.expire)],
);

// Sessions ended by "Log out" (lib/auth/session-revocation.ts). A JWT cannot be recalled, so
// its random `sid` is refused until the token would have expired anyway; the retention job
// then deletes the row.
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sid: text().primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Account = typeof accounts.$inferSelect;
export type UserToken = typeof userTokens.$inferSelect;
export type Address = typeof addresses.$inferSelect;
export type NewAddress = typeof addresses.$inferInsert;
