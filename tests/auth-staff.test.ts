import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db";
import { users } from "@/db/schema";
import { authedAction, SIGN_IN_REQUIRED, STAFF_ONLY, staffAction } from "@/lib/actions";

// Server actions are public POST endpoints: a customer can call an admin action directly
// with any payload. The caller comes from the session (here: Auth.js's auth(), stubbed
// with the session the jwt callback would produce), never from the request body.

const session = vi.hoisted(() => ({ current: null as null | { user: Record<string, unknown> } }));
vi.mock("@/lib/auth/next-auth", () => ({ auth: async () => session.current }));

const { requireStaff, requireUser } = await import("@/lib/auth/session");

function signInAs(user: { id: string; role: string } | null) {
  session.current = user ? { user: { ...user, email: `${user.id}@example.com`, name: "T", remember: false } } : null;
}

const ran = vi.fn();
// Stand-ins for the admin work's actions: anything built with staffAction behaves alike.
const setStock = staffAction(
  z.object({ variantId: z.coerce.number(), stock: z.coerce.number() }),
  async (input, caller) => {
    ran(input, caller.id);
    return { ok: true, data: input };
  },
);
const saveMyThing = authedAction(
  z.object({ note: z.string(), userId: z.string().optional() }),
  async (input, caller) => {
    ran(caller.id);
    return { ok: true, data: caller.id };
  },
);

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

describe("staffAction", () => {
  it("refuses a signed-in customer's direct call and never runs", async () => {
    ran.mockClear();
    signInAs({ id: "cust-1", role: "customer" });
    expect(await setStock(form({ variantId: "1", stock: "0" }))).toEqual({ ok: false, formError: STAFF_ONLY });
    expect(await setStock(null, form({ variantId: "1", stock: "0", role: "admin" }))).toEqual({
      ok: false,
      formError: STAFF_ONLY,
    });
    expect(ran).not.toHaveBeenCalled();
  });

  it("refuses an anonymous call", async () => {
    ran.mockClear();
    signInAs(null);
    expect(await setStock({ variantId: 1, stock: 0 })).toEqual({ ok: false, formError: SIGN_IN_REQUIRED });
    expect(ran).not.toHaveBeenCalled();
  });

  it("runs for staff and admins", async () => {
    for (const role of ["staff", "admin"]) {
      ran.mockClear();
      signInAs({ id: `${role}-1`, role });
      expect(await setStock(form({ variantId: "7", stock: "3" }))).toEqual({
        ok: true,
        data: { variantId: 7, stock: 3 },
      });
      expect(ran).toHaveBeenCalledWith({ variantId: 7, stock: 3 }, `${role}-1`);
    }
  });

  it("refuses a session whose role is not one we know", async () => {
    signInAs({ id: "x", role: "superuser" });
    expect(await setStock({ variantId: 1, stock: 0 })).toEqual({ ok: false, formError: SIGN_IN_REQUIRED });
  });
});

describe("authedAction", () => {
  it("takes the caller from the session, not from the input", async () => {
    ran.mockClear();
    signInAs({ id: "me", role: "customer" });
    expect(await saveMyThing({ note: "hi", userId: "someone-else" })).toEqual({ ok: true, data: "me" });
    expect(ran).toHaveBeenCalledWith("me");
  });
});

describe("page guards", () => {
  it("send a visitor to login and back, a customer to a 404, and let staff in", async () => {
    signInAs(null);
    await expect(requireUser("/account/addresses")).rejects.toMatchObject({
      digest: expect.stringContaining("/login?callbackUrl=%2Faccount%2Faddresses"),
    });
    await expect(requireStaff("/admin/orders")).rejects.toMatchObject({
      digest: expect.stringContaining("/login?callbackUrl=%2Fadmin%2Forders"),
    });
    signInAs({ id: "cust", role: "customer" });
    await expect(requireStaff()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    signInAs({ id: "boss", role: "admin" });
    await expect(requireStaff()).resolves.toMatchObject({ id: "boss", role: "admin" });
  });

  it("the database is the source of roles: a new user is a customer", async () => {
    const [user] = await db.insert(users).values({ email: "plain@example.com" }).returning();
    expect(user!.role).toBe("customer");
  });
});
