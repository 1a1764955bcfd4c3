import { readdirSync } from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, categories, products, productVariants, users } from "@/db/schema";
import { SIGN_IN_REQUIRED, STAFF_ONLY } from "@/lib/actions";
import { insertCatalogFixture } from "./catalog-fixture";
import { createUser, form, signInAs } from "./admin-helpers";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));
// Route handlers run here outside Next: there is no request for connection() to wait on.
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));

// Server actions are public POST endpoints. Every action exported from an admin actions
// module (found on disk, so a new one cannot be forgotten) must refuse a guest and a
// customer before doing anything, and let staff and admins through.
const root = path.join(import.meta.dirname, "..", "app", "admin");
function actionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return actionFiles(full);
    return /actions\.ts$/.test(e.name) ? [full] : [];
  });
}

type AnyAction = (...args: unknown[]) => Promise<{ ok: boolean; formError?: string }>;
const actions: [string, AnyAction][] = [];
for (const file of actionFiles(root)) {
  const mod = (await import(file)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(mod))
    if (typeof value === "function") actions.push([`${path.relative(root, file)}#${name}`, value as AnyAction]);
}

// A payload that would pass validation for most actions, so a refusal is the role check's.
const payload = {
  id: "1",
  productId: "1",
  variantId: "1",
  imageId: "1",
  userId: "x",
  status: "archived",
  direction: "up",
  op: "up",
  delta: "-1",
  reason: "Stolen goods",
  name: "X",
  role: "staff",
  parentId: "",
};

describe("every admin action", () => {
  let customer: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    await insertCatalogFixture(db);
    customer = await createUser("customer");
  });

  it("exists (the module scan found them)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(12);
  });

  it("refuses a guest and a customer, as a form post and as a direct call, and writes nothing", async () => {
    const before = await db.select({ n: count() }).from(auditLog);
    for (const [name, run] of actions) {
      signInAs(null);
      expect(await run(form(payload)), name).toEqual({ ok: false, formError: SIGN_IN_REQUIRED });
      signInAs(customer);
      expect(await run(null, form(payload)), name).toEqual({ ok: false, formError: STAFF_ONLY });
      expect(await run({ ...payload, role: "admin" }), name).toEqual({ ok: false, formError: STAFF_ONLY });
    }
    expect(await db.select({ n: count() }).from(auditLog)).toEqual(before);
    expect((await db.select().from(products).where(eq(products.id, 1)))[0]?.status).not.toBe("archived");
  });

  it("lets staff and admins through the role check", async () => {
    for (const role of ["staff", "admin"] as const) {
      signInAs(await createUser(role));
      for (const [name, run] of actions) {
        const result = await run({});
        expect(result.formError, `${name} as ${role}`).not.toBe(STAFF_ONLY);
        expect(result.formError, `${name} as ${role}`).not.toBe(SIGN_IN_REQUIRED);
      }
    }
  });
});

describe("the admin data layer", () => {
  it("refuses every write from an actor who is not staff, and writes nothing", async () => {
    const products_ = await import("@/lib/admin/products");
    const cats = await import("@/lib/admin/categories");
    const { adjustStock } = await import("@/lib/admin/stock");
    const { saveDiscount, setDiscountActive } = await import("@/lib/admin/discounts");
    const { importProductsCsv } = await import("@/lib/admin/product-csv");
    const { setStaffRole } = await import("@/lib/admin/customers");
    const user = await createUser("customer");
    const actor = { id: user.id, email: user.email, role: "customer" as const };
    const [product] = await db.select().from(products).where(eq(products.id, 1));
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.productId, 1));
    const [category] = await db.select().from(categories).limit(1);
    const input = {
      name: "Sneaky",
      slug: "sneaky",
      brand: "",
      description: "",
      status: "active" as const,
      featured: false,
      categoryId: null,
      specifications: [],
      variants: [
        {
          id: null,
          sku: "SNEAKY-1",
          title: "Default",
          options: {},
          priceAmount: 100,
          compareAtAmount: null,
          stock: 1,
          stockChange: 0,
          row: 0,
        },
      ],
    };
    const writes: [string, () => Promise<unknown>][] = [
      ["saveProduct", () => products_.saveProduct(db, actor, null, input)],
      ["setProductStatus", () => products_.setProductStatus(db, actor, product!.id, "archived")],
      ["deleteOrArchiveProduct", () => products_.deleteOrArchiveProduct(db, actor, product!.id)],
      ["createCategory", () => cats.createCategory(db, actor, { name: "Sneaky", parentId: null })],
      ["renameCategory", () => cats.renameCategory(db, actor, category!.id, { name: "Sneaky" })],
      ["moveCategory", () => cats.moveCategory(db, actor, category!.id, null)],
      ["reorderCategory", () => cats.reorderCategory(db, actor, category!.id, "down")],
      ["deleteCategory", () => cats.deleteCategory(db, actor, category!.id)],
      ["adjustStock", () => adjustStock(db, actor, { variantId: variant!.id, delta: 5, reason: "Sneaky" })],
      [
        "saveDiscount",
        () =>
          saveDiscount(db, actor, null, {
            code: "SNEAKY",
            description: "",
            kind: "percentage",
            value: "50",
            minSubtotal: "",
            active: true,
            startsAt: undefined,
            endsAt: undefined,
            usageLimit: undefined,
            perCustomerLimit: undefined,
          }),
      ],
      ["setDiscountActive", () => setDiscountActive(db, actor, 1, true)],
      ["importProductsCsv", () => importProductsCsv(db, actor, "slug,name,sku,price\nsneaky,Sneaky,SNEAKY-1,1.00\n")],
      ["setStaffRole", () => setStaffRole(db, actor, { userId: user.id, role: "staff" })],
    ];
    const before = await db.select({ n: count() }).from(auditLog);
    for (const [name, write] of writes) await expect(write(), name).rejects.toThrow(STAFF_ONLY);
    expect(await db.select({ n: count() }).from(auditLog)).toEqual(before);
    expect(await db.select().from(products).where(eq(products.slug, "sneaky"))).toHaveLength(0);
    expect((await db.select().from(productVariants).where(eq(productVariants.id, variant!.id)))[0]?.stock).toBe(
      variant!.stock,
    );
  });
});

describe("making a customer staff", () => {
  it("only an admin can, and back again; admins are left alone", async () => {
    const { setStaffRoleAction } = await import("@/app/admin/customers/actions");
    const target = await createUser("customer");
    const roleOf = async (id: string) =>
      (await db.select({ role: users.role }).from(users).where(eq(users.id, id)))[0]?.role;

    signInAs(await createUser("staff"));
    expect(await setStaffRoleAction({ userId: target.id, role: "staff" })).toMatchObject({
      ok: false,
      formError: "Only an admin can change who is staff.",
    });
    expect(await roleOf(target.id)).toBe("customer");

    const admin = await createUser("admin");
    signInAs(admin);
    expect(await setStaffRoleAction(form({ userId: target.id, role: "staff" }))).toMatchObject({ ok: true });
    expect(await roleOf(target.id)).toBe("staff");
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "user.role"));
    expect(audit).toMatchObject({ actorId: admin.id, before: { role: "customer" }, after: { role: "staff" } });
    expect(await setStaffRoleAction({ userId: target.id, role: "customer" })).toMatchObject({ ok: true });
    expect(await roleOf(target.id)).toBe("customer");

    const otherAdmin = await createUser("admin");
    expect(await setStaffRoleAction({ userId: otherAdmin.id, role: "customer" })).toMatchObject({ ok: false });
    expect(await roleOf(otherAdmin.id)).toBe("admin");
  });
});

describe("CSV exports", () => {
  const routes = async () => ({
    products: (await import("@/app/admin/products/export/route")).GET,
    orders: (await import("@/app/admin/orders/export/route")).GET,
  });
  const get = async (which: "products" | "orders") => {
    const r = await routes();
    return which === "products" ? r.products() : r.orders(new NextRequest("http://localhost/admin/orders/export"));
  };

  it("a guest and a customer GET of /admin/products/export and /admin/orders/export are refused", async () => {
    for (const who of [null, await createUser("customer")]) {
      signInAs(who);
      for (const which of ["products", "orders"] as const) {
        const response = await get(which);
        expect(response.status, `${which} as ${who?.role ?? "guest"}`).toBe(404);
        expect(response.headers.get("content-type") ?? "").not.toContain("text/csv");
      }
    }
    signInAs(await createUser("staff"));
    for (const which of ["products", "orders"] as const) {
      const response = await get(which);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/csv");
    }
  });

  it("the export reads themselves refuse a guest and a customer (not only the routes)", async () => {
    const { exportProductsCsv } = await import("@/lib/admin/product-csv-export");
    const { exportOrdersCsv } = await import("@/lib/admin/order-csv");
    for (const who of [null, await createUser("customer")]) {
      signInAs(who);
      await expect(exportProductsCsv(db)).rejects.toThrow();
      await expect(exportOrdersCsv(db, {})).rejects.toThrow();
    }
    signInAs(await createUser("staff"));
    expect(await exportOrdersCsv(db, {})).toMatch(/^number,placed_at/);
  });
});
