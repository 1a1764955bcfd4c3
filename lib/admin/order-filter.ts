import { and, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { type OrderStatus, orders, type PaymentStatus, payments } from "@/db/schema";

export type OrderFilters = {
  status?: OrderStatus;
  paymentStatus?: PaymentStatus;
  from?: string;
  to?: string;
  email?: string;
  page?: number;
};

const isDate = (v: string | undefined): v is string =>
  Boolean(v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)));

/** The WHERE for the order list and the CSV export; `to` is inclusive of that whole day (UTC). */
export function orderFilter(f: OrderFilters): SQL | undefined {
  const where: SQL[] = [];
  if (f.status) where.push(eq(orders.status, f.status));
  if (f.paymentStatus) where.push(eq(payments.status, f.paymentStatus));
  if (isDate(f.from)) where.push(gte(orders.createdAt, new Date(`${f.from}T00:00:00Z`)));
  if (isDate(f.to)) where.push(lt(orders.createdAt, new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000)));
  // "Customer": part of the email or the name on the order, or the order number.
  const customer = f.email?.trim();
  if (customer) {
    const like = `%${customer.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(orders.email, like), ilike(orders.customerName, like), ilike(orders.number, like))!);
  }
  return where.length ? and(...where) : undefined;
}
