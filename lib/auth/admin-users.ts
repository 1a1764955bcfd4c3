// No "server-only" here: the create-admin script and server start-up import this module.
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { isEmbeddedDatabase } from "@/lib/env";
import { hashPassword } from "./password";
import { normalizeEmail } from "./schemas";

/**
 * Creates an admin, or promotes an existing account and sets its password (the command
 * `npm run user:create-admin`). Validation of the arguments is the caller's.
 */
export async function createOrPromoteAdmin(
  db: Db,
  input: { email: string; password: string; name?: string },
): Promise<{ created: boolean; id: string }> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .insert(users)
      .values({ email, name: input.name ?? "Store admin", passwordHash, role: "admin", emailVerified: now })
      // A promoted account's existing sessions end: the new password is the only way in.
      .onConflictDoUpdate({
        target: users.email,
        set: { role: "admin", passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now },
      })
      // xmax = 0 only for a freshly inserted row: tells a create from a promotion.
      .returning({ id: users.id, created: sql<boolean>`(xmax = 0)` });
    if (!row) throw new Error("Could not create the admin account.");
    return { created: Boolean(row.created), id: row.id };
  });
}

export const DEMO_ADMIN = { email: "admin@example.com", password: "northwind-demo-admin", name: "Demo admin" } as const;

/**
 * The embedded default's way into /admin for a newcomer: on a store with no staff at all,
 * create the demo admin whose credentials the README states. Never with DATABASE_URL.
 */
export async function ensureDemoStaff(db: Db, log: (line: string) => void = () => {}): Promise<void> {
  if (!isEmbeddedDatabase) return;
  const staff = await db.$count(users, inArray(users.role, ["staff", "admin"]));
  if (staff > 0) return;
  await createOrPromoteAdmin(db, DEMO_ADMIN);
  log(`Created the demo admin: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password} (embedded default only)`);
}
