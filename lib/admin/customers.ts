import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { type Actor, assertStaff, recordAudit } from "./audit";
import { AdminError } from "./errors";

/**
 * Makes a customer staff, or staff a customer again. Only an admin may, and admins are not
 * changed here (the create-admin command manages them), so nobody can lock the store out.
 * The role is read from the database on every request, so the change applies at once.
 */
export async function setStaffRole(db: Db, actor: Actor, input: { userId: string; role: "customer" | "staff" }) {
  assertStaff(actor);
  if (actor.role !== "admin") throw new AdminError("Only an admin can change who is staff.");
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, email: users.email, role: users.role })
      .from(users)
      .where(eq(users.id, input.userId));
    if (!user) throw new AdminError("This account no longer exists.");
    if (user.role === "admin") throw new AdminError("Admins cannot be changed here.");
    if (user.role === input.role) return { role: user.role };
    await tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, actor, {
      action: "user.role",
      entity: "user",
      entityId: user.id,
      before: { email: user.email, role: user.role },
      after: { email: user.email, role: input.role },
    });
    return { role: input.role };
  });
}
