import "server-only";
import { and, desc, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import { db, selectRows } from "@/db";
import { addresses, orders, users } from "@/db/schema";
import { requireStaff } from "@/lib/auth";
import { pageOf } from "@/lib/paging";
import { ADMIN_PAGE_SIZE } from "./product-reads";

export const CUSTOMER_KINDS = ["all", "guest", "customer", "staff", "admin"] as const;
export type CustomerKind = (typeof CUSTOMER_KINDS)[number];

/**
 * One row of the customers list: an account, or a guest (an email that placed orders
 * without an account; an email that also has an account is that account's row).
 */
export type CustomerRow = {
  /** The account's id; null for a guest. */
  id: string | null;
  email: string;
  name: string | null;
  /** The account's role, or "guest". */
  role: "customer" | "staff" | "admin" | "guest";
  /** When the account was made, or a guest's first order. */
  since: Date;
  orders: number;
  /** Paid orders' totals less what was refunded, in minor units of the store's currency. */
  spent: number;
  lastOrderAt: Date | null;
};

// An account's orders are its own and the guest orders placed with its email (as on its page).
// "Spent" counts what was paid: unpaid orders took no money, refunds gave some back.
const spent = sql`coalesce(sum(o.total_amount - o.refunded_amount) filter (where o.paid_at is not null), 0)::int`;
const customers = sql`(
  select u.id, u.email, u.name, u.role::text as role, u.created_at as since,
         count(o.id)::int as orders, ${spent} as spent, max(o.created_at) as last_order_at
    from users u
    left join orders o on o.user_id = u.id or (o.user_id is null and o.email = u.email)
   group by u.id
  union all
  select null, o.email, (array_agg(o.customer_name order by o.created_at desc))[1], 'guest', min(o.created_at),
         count(*)::int, ${spent}, max(o.created_at)
    from orders o
   where o.user_id is null and not exists (select 1 from users u where u.email = o.email)
   group by o.email
) as c`;

function escapeLike(q: string) {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Accounts and guest buyers together, whoever ordered last first, then the newest. */
export async function listCustomers(query: { q?: string; role?: CustomerKind; page?: number }) {
  await requireStaff("/admin/customers");
  const where: SQL[] = [];
  if (query.role && query.role !== "all") where.push(sql`c.role = ${query.role}`);
  const q = query.q?.trim();
  if (q) where.push(sql`(c.email ilike ${escapeLike(q)} or c.name ilike ${escapeLike(q)})`);
  const filter = where.length ? sql`where ${sql.join(where, sql` and `)}` : sql``;
  const [counted] = await selectRows<{ n: number }>(db, sql`select count(*)::int as n from ${customers} ${filter}`);
  const total = Number(counted?.n ?? 0);
  const { page, pageCount, offset } = pageOf({ page: query.page, pageSize: ADMIN_PAGE_SIZE, total });
  const rows = await selectRows<Record<string, unknown>>(
    db,
    sql`select c.id, c.email, c.name, c.role, c.since, c.orders, c.spent, c.last_order_at as "lastOrderAt"
          from ${customers} ${filter}
         order by c.last_order_at desc nulls last, c.since desc, c.email
         limit ${ADMIN_PAGE_SIZE} offset ${offset}`,
  );
  return { rows: rows.map(toCustomerRow), page, total, pageCount };
}

function toCustomerRow(r: Record<string, unknown>): CustomerRow {
  return {
    id: (r.id as string | null) ?? null,
    email: r.email as string,
    name: (r.name as string | null) ?? null,
    role: r.role as CustomerRow["role"],
    since: new Date(r.since as string | Date),
    orders: Number(r.orders),
    spent: Number(r.spent),
    lastOrderAt: r.lastOrderAt ? new Date(r.lastOrderAt as string | Date) : null,
  };
}

const orderColumns = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  totalAmount: orders.totalAmount,
  refundedAmount: orders.refundedAmount,
  currency: orders.currency,
  createdAt: orders.createdAt,
};

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
      .select(orderColumns)
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

/**
 * A guest buyer: the orders placed without an account under this email, newest first; null
 * when there are none. `accountId` names the account that has the email since, if one does.
 */
export async function getGuestCustomer(email: string) {
  const normalized = email.trim().toLowerCase();
  await requireStaff(`/admin/customers/guest?email=${encodeURIComponent(normalized)}`);
  if (!normalized) return null;
  const guestOrders = await db
    .select({ ...orderColumns, customerName: orders.customerName })
    .from(orders)
    .where(and(isNull(orders.userId), eq(orders.email, normalized)))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(100);
  if (guestOrders.length === 0) return null;
  const [account] = await db.select({ id: users.id }).from(users).where(eq(users.email, normalized));
  return { email: normalized, name: guestOrders[0]!.customerName, orders: guestOrders, accountId: account?.id ?? null };
}
