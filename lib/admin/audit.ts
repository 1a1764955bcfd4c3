import type { DbOrTx } from "@/db";
import { auditLog } from "@/db/schema";

/** The staff member behind a change, as the session resolved them (never from input). */
export type Actor = { id: string; email: string; role: "staff" | "admin" | "customer" };

export type AuditEntry = { action: string; entity: string; entityId: string | number; before?: unknown; after?: unknown };

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
