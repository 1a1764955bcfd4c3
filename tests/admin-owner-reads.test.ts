import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { createUser, signInAs } from "./admin-helpers";
import { insertOrder } from "./helpers/order-rows";

// What the owner reads: the dashboard's figures (net of refunds, by the store's days) and the
// customers list with guest buyers grouped by email.

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});

const { fulfilmentCounts, parseDayRange, salesByDay, salesSummary } = await import("@/lib/admin/dashboard-reads");
const { getGuestCustomer, listCustomers } = await import("@/lib/admin/customer-reads");

async function order(values: {
  email: string;
  total: number;
  createdAt: Date;
  status?: "awaiting_payment" | "placed" | "paid" | "packed" | "shipped" | "cancelled";
  paid?: boolean;
  refunded?: number;
  userId?: string;
}) {
  const status = values.status ?? "paid";
  return insertOrder(db, {
    email: values.email,
    customerName: `Buyer ${values.email.split("@")[0]}`,
    userId: values.userId ?? null,
    status,
    subtotalAmount: values.total,
    totalAmount: values.total,
    refundedAmount: values.refunded ?? 0,
    paidAt: (values.paid ?? status !== "awaiting_payment") ? values.createdAt : null,
    createdAt: values.createdAt,
  });
}

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  signInAs(await createUser("staff", "owner@example.com"));
  // Dashboard fixtures, all in early 2026 so "now" never touches them.
  await order({ email: "ann@example.com", total: 10_000, createdAt: at("2026-03-01T10:00:00Z") });
  await order({ email: "ann@example.com", total: 6_000, refunded: 2_000, createdAt: at("2026-03-02T10:00:00Z") });
  await order({ email: "bo@example.com", total: 4_000, status: "shipped", createdAt: at("2026-03-02T12:00:00Z") });
  // Unpaid, cancelled: neither revenue nor an order.
  await order({
    email: "bo@example.com",
    total: 9_000,
    status: "awaiting_payment",
    createdAt: at("2026-03-02T13:00:00Z"),
  });
  await order({
    email: "cy@example.com",
    total: 7_000,
    status: "cancelled",
    paid: false,
    createdAt: at("2026-03-02T14:00:00Z"),
  });
  // Cash on delivery placed, not paid: an order, no revenue yet.
  await order({
    email: "cy@example.com",
    total: 3_000,
    status: "placed",
    paid: false,
    createdAt: at("2026-03-03T09:00:00Z"),
  });
  // 23:30 UTC on the 3rd is already the 4th in Tokyo (UTC+9).
  await order({ email: "dee@example.com", total: 5_000, createdAt: at("2026-03-03T23:30:00Z") });
});

describe("dashboard figures", () => {
  it("sum revenue net of refunds and average the paid orders", async () => {
    const summary = await salesSummary({ from: "2026-03-01", to: "2026-03-03" });
    // 10000 + (6000 − 2000) + 4000; the placed COD order counts as an order only.
    expect(summary).toEqual({ orders: 5, paidOrders: 4, revenue: 23_000, averageOrder: 5_750 });
  });

  it("count a range's days inclusively and nothing outside it", async () => {
    expect(await salesSummary({ from: "2026-03-02", to: "2026-03-02" })).toMatchObject({
      orders: 2,
      revenue: 8_000,
      averageOrder: 4_000,
    });
    expect(await salesSummary({ from: "2026-02-01", to: "2026-02-28" })).toEqual({
      orders: 0,
      paidOrders: 0,
      revenue: 0,
      averageOrder: 0,
    });
    const days = await salesByDay({ from: "2026-02-28", to: "2026-03-04" });
    expect(days).toEqual([
      { day: "2026-02-28", orders: 0, revenue: 0 },
      { day: "2026-03-01", orders: 1, revenue: 10_000 },
      { day: "2026-03-02", orders: 2, revenue: 8_000 },
      { day: "2026-03-03", orders: 2, revenue: 5_000 },
      { day: "2026-03-04", orders: 0, revenue: 0 },
    ]);
  });

  it("count days in the store's time zone", async () => {
    const tokyo = await salesByDay({ from: "2026-03-03", to: "2026-03-04" }, "Asia/Tokyo");
    expect(tokyo).toEqual([
      { day: "2026-03-03", orders: 1, revenue: 0 },
      { day: "2026-03-04", orders: 1, revenue: 5_000 },
    ]);
    expect((await salesSummary({ from: "2026-03-04", to: "2026-03-04" }, "Asia/Tokyo")).revenue).toBe(5_000);
  });

  it("count orders to ship and orders awaiting payment", async () => {
    // Paid (3, one of them refunded in part) and placed COD (1) are to ship; shipped is not.
    expect(await fulfilmentCounts()).toEqual({
      toShip: 4,
      awaitingPayment: 1,
      toShipByStatus: { placed: 1, paid: 3, packed: 0 },
    });
  });

  it("refuse a custom range that is backwards, too long or not dates", () => {
    expect(parseDayRange({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      ok: true,
      range: { from: "2026-03-01", to: "2026-03-31" },
    });
    expect(parseDayRange({ from: "2026-03-02", to: "2026-03-01" }).ok).toBe(false);
    expect(parseDayRange({ from: "2024-01-01", to: "2026-01-01" }).ok).toBe(false);
    expect(parseDayRange({ from: "2026-02-30", to: "2026-03-01" }).ok).toBe(false);
    expect(parseDayRange({ from: "yesterday" }).ok).toBe(false);
  });
});

describe("customers", () => {
  it("list guest buyers by email with their orders, net spend and last order, beside accounts", async () => {
    const { rows } = await listCustomers({ role: "guest" });
    const ann = rows.find((r) => r.email === "ann@example.com");
    expect(ann).toMatchObject({ id: null, role: "guest", orders: 2, spent: 14_000 });
    expect(ann?.lastOrderAt?.toISOString()).toBe("2026-03-02T10:00:00.000Z");
    // Unpaid and cancelled orders count as orders but took no money.
    expect(rows.find((r) => r.email === "cy@example.com")).toMatchObject({ orders: 2, spent: 0 });

    const everyone = await listCustomers({});
    expect(everyone.rows.map((r) => r.email)).toEqual(
      expect.arrayContaining(["owner@example.com", "ann@example.com", "bo@example.com", "dee@example.com"]),
    );
    expect(everyone.rows.find((r) => r.email === "owner@example.com")).toMatchObject({ role: "staff", orders: 0 });
  });

  it("search by email or name, and fold a guest email into its account", async () => {
    expect((await listCustomers({ q: "ANN@" })).rows.map((r) => r.email)).toEqual(["ann@example.com"]);
    expect((await listCustomers({ q: "Buyer dee" })).rows.map((r) => r.email)).toEqual(["dee@example.com"]);

    const [bo] = await db.insert(users).values({ email: "bo@example.com", name: "Bo" }).returning();
    const listed = (await listCustomers({ q: "bo@" })).rows;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: bo!.id, role: "customer", orders: 2, spent: 4_000 });
  });

  it("open a guest's orders by email", async () => {
    const guest = await getGuestCustomer(" Ann@Example.com ");
    expect(guest?.orders.map((o) => o.totalAmount)).toEqual([6_000, 10_000]);
    expect(guest?.accountId).toBeNull();
    expect(await getGuestCustomer("nobody@example.com")).toBeNull();
  });
});
