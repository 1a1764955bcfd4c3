import "server-only";
import { and, count, desc, eq, ilike, isNull, or, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { addresses, orders, users } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { pageOf } from "@/lib/paging";
import { ADMIN_PAGE_SIZE } from "./product-reads";

export async function listCustomers(query: {
  q?: string;
  role?: "customer" | "staff" | "admin" | "all";
  page?: number;
}) {
  await requireStaff("/admin/customers");
  const where: SQL[] = [];
  if (query.role && query.role !== "all") where.push(eq(users.role, query.role));
  const q = query.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.email, like), ilike(users.name, like))!);
  }
  const filter = where.length ? and(...where) : undefined;
  const [counted] = await db.select({ n: count() }).from(users).where(filter);
  const total = counted?.n ?? 0;
  const { page, pageCount, offset } = pageOf({ page: query.page, pageSize: ADMIN_PAGE_SIZE, total });
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
      orders: sql<number>`(select count(*)::int from orders o where o.user_id = "users"."id")`,
    })
    .from(users)
    .where(filter)
    .orderBy(desc(users.createdAt))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  return { rows, page, total, pageCount };
}

export async function getCustomer(id: string) {
  await requireStaff(`/admin/customers/${id}`);
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
      emailVerified: users.emailVerified,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user) return null;
  const [customerOrders, customerAddresses] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        totalAmount: orders.totalAmount,
        currency: orders.currency,
        createdAt: orders.createdAt,
      })
      .from(orders)
      // Their account's orders, and the ones they placed as a guest with the same email.
      .where(or(eq(orders.userId, id), and(isNull(orders.userId), eq(orders.email, user.email))))
      .orderBy(desc(orders.createdAt))
      .limit(100),
    db
      .select()
      .from(addresses)
      .where(eq(addresses.userId, id))
      .orderBy(desc(addresses.isDefault), desc(addresses.createdAt)),
  ]);
  return { user, orders: customerOrders, addresses: customerAddresses };
}
