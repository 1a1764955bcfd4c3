import type { DbOrTx } from "@/db";
import { auditLog } from "@/db/schema";
import { STAFF_ONLY } from "@/lib/actions";
import { isStaffRole } from "@/lib/auth";
import { AdminError } from "./errors";

/** The staff member behind a change, as the session resolved them (never from input). */
export type Actor = { id: string; email: string; role: "staff" | "admin" | "customer" };

/**
 * Every admin write starts with this: the data layer checks the role itself (docs/architecture.md,
 * authorization in the data layer), so a caller that skipped the action's check is refused.
 */
export function assertStaff(actor: Actor): void {
  if (!isStaffRole(actor.role)) throw new AdminError(STAFF_ONLY);
}

export type AuditEntry = {
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/**
 * One audit row, written in the caller's transaction so the change and its trail commit
 * together. before/after are JSON round-tripped: Dates become ISO strings like the API shows.
 */
export async function recordAudit(tx: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: toJson(entry.before),
    after: toJson(entry.after),
  });
}

function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
