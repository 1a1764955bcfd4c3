import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { categories, discounts } from "@/db/schema";
import { createUser, signInAs } from "./admin-helpers";
import { insertCatalogFixture } from "./catalog-fixture";
import { insertOrder } from "./helpers/order-rows";

// What staff find with the admin lists' filters: the orders list, a customer's page, the
// discount codes.

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});

const { listAdminOrders } = await import("@/lib/admin/order-reads");
const { getCustomer } = await import("@/lib/admin/customer-reads");
const { listDiscounts } = await import("@/lib/admin/discount-reads");
const { listAdminProducts } = await import("@/lib/admin/product-reads");

async function order(values: {
  email: string;
  customerName: string;
  status?: "placed" | "paid" | "cancelled";
  createdAt?: Date;
  userId?: string | null;
  paymentStatus?: "pending" | "succeeded";
  discountId?: number;
  discountAmount?: number;
}) {
  return insertOrder(db, {
    email: values.email,
    customerName: values.customerName,
    userId: values.userId ?? null,
    status: values.status ?? "placed",
    subtotalAmount: 5000,
    totalAmount: 5000 - (values.discountAmount ?? 0),
    discountId: values.discountId ?? null,
    discountAmount: values.discountAmount ?? 0,
    ...(values.createdAt ? { createdAt: values.createdAt } : {}),
    payment: { status: values.paymentStatus ?? "pending" },
  });
}

beforeAll(async () => {
  signInAs(await createUser("staff"));
});

describe("the orders list", () => {
  it("finds a customer's orders by part of the email, the name or the order number", async () => {
    const ada = await order({ email: "ada.lovelace@example.com", customerName: "Ada Lovelace" });
    await order({ email: "grace@example.com", customerName: "Grace Hopper" });
    const numbers = async (email: string) => (await listAdminOrders({ email })).rows.map((r) => r.number);
    expect(await numbers("lovelace@")).toEqual([ada.number]);
    expect(await numbers("ada love")).toEqual([ada.number]);
    expect(await numbers(ada.number.toLowerCase())).toEqual([ada.number]);
    expect(await numbers("100%_")).toEqual([]);
  });

  it("filters by status, payment status and an inclusive date range", async () => {
    const email = "filters@example.com";
    const paid = await order({
      email,
      customerName: "F",
      status: "paid",
      paymentStatus: "succeeded",
      createdAt: new Date("2026-03-10T23:30:00Z"),
    });
    const placed = await order({ email, customerName: "F", createdAt: new Date("2026-03-11T08:00:00Z") });
    await order({ email, customerName: "F", createdAt: new Date("2026-03-12T00:00:00Z") });
    const numbers = async (f: Parameters<typeof listAdminOrders>[0]) =>
      (await listAdminOrders({ email, ...f })).rows.map((r) => r.number).sort();
    expect(await numbers({ status: "paid" })).toEqual([paid.number]);
    expect(await numbers({ paymentStatus: "pending" })).toHaveLength(2);
    expect(await numbers({ from: "2026-03-10", to: "2026-03-11" })).toEqual([paid.number, placed.number].sort());
    expect(await numbers({ from: "2026-03-11", to: "not-a-date" })).toHaveLength(2);
  });
});

describe("a customer's page", () => {
  it("lists their account's orders and the ones they placed as a guest with the same email, not others'", async () => {
    const customer = await createUser("customer", "linus@example.com");
    const own = await order({ email: "linus@example.com", customerName: "Linus", userId: customer.id });
    const asGuest = await order({ email: "linus@example.com", customerName: "Linus" });
    const someoneElse = await createUser("customer");
    await order({ email: "linus@example.com", customerName: "Other account", userId: someoneElse.id });
    const found = await getCustomer(customer.id);
    expect(found?.orders.map((o) => o.number).sort()).toEqual([own.number, asGuest.number].sort());
  });
});

describe("discount codes", () => {
  it("count what a code took off orders that were not cancelled", async () => {
    const [code] = await db
      .insert(discounts)
      .values({ code: "SPRING10", kind: "percentage", percentBasisPoints: 1000 })
      .returning();
    await order({ email: "d@example.com", customerName: "D", discountId: code!.id, discountAmount: 500 });
    await order({
      email: "d@example.com",
      customerName: "D",
      discountId: code!.id,
      discountAmount: 700,
      status: "cancelled",
    });
    const { rows } = await listDiscounts();
    expect(rows.find((r) => r.discount.id === code!.id)?.discounted).toBe(500);
  });
});

describe("the products list", () => {
  it("filters by a category and everything below it, with the other filters", async () => {
    await insertCatalogFixture(db);
    const [camping] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, "camping"));
    const slugs = async (query: Parameters<typeof listAdminProducts>[0]) =>
      (await listAdminProducts(query)).rows.map((r) => r.slug).sort();
    expect(await slugs({ categoryId: camping!.id })).toEqual([
      "archived-stove",
      "camp-stove",
      "draft-lantern",
      "ridge-tent",
    ]);
    expect(await slugs({ categoryId: camping!.id, status: "active" })).toEqual(["camp-stove", "ridge-tent"]);
    expect(await slugs({ categoryId: camping!.id, q: "tent" })).toEqual(["ridge-tent"]);
  });
});
