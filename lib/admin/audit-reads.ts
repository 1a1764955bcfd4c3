import "server-only";
import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { auditLog } from "@/db/schema";
import { requireStaff } from "@/lib/auth";

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, keyset-paged by id; optionally one entity (e.g. product 12). */
export async function listAuditLog(query: { before?: number; entity?: string; entityId?: string }) {
  await requireStaff("/admin/audit");
  const where: SQL[] = [];
  if (query.before) where.push(lt(auditLog.id, query.before));
  if (query.entity) where.push(eq(auditLog.entity, query.entity));
  if (query.entity && query.entityId) where.push(eq(auditLog.entityId, query.entityId));
  return db
    .select()
    .from(auditLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE);
}
