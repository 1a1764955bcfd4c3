import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { getAccountOrder, listOrdersForUser } from "@/lib/orders/queries";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";

// Guest orders join an account's history once the account's email is verified, never
// before: registering an address proves nothing, verifying it proves the inbox.

async function guestOrder(email: string) {
  const { variantIds } = await insertProduct(db, { variants: [{ price: 1500, stock: 10 }] });
  const placed = await reviewAndPlace(db, {
    lines: [{ variantId: variantIds[0]!, quantity: 2 }],
    details: shopperDetails({ email }),
  });
  if (!placed.ok) throw new Error(placed.message);
  return placed.order;
}

async function account(email: string, verified: boolean) {
  const [row] = await db
    .insert(users)
    .values({ email, emailVerified: verified ? new Date() : null })
    .returning();
  return row!;
}

describe("guest orders in an account's history", () => {
  it("stay hidden from an unverified account with the same email", async () => {
    const order = await guestOrder("grace@example.com");
    const unverified = await account("grace@example.com", false);
    expect(await listOrdersForUser(unverified.id)).toEqual([]);
    expect(await getAccountOrder(unverified.id, order.number)).toBeNull();
  });

  it("appear once the email is verified, with their details", async () => {
    const order = await guestOrder("heidi@example.com");
    await guestOrder("someone-else@example.com");
    const user = await account("heidi@example.com", false);
    await db.update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));

    const listed = await listOrdersForUser(user.id);
    expect(listed.map((o) => o.number)).toEqual([order.number]);
    expect(listed[0]).toMatchObject({ itemCount: 2, totalAmount: order.totalAmount });
    expect(await getAccountOrder(user.id, order.number)).toMatchObject({ order: { id: order.id } });
  });

  it("never include another account's orders placed with the same email", async () => {
    const other = await account("ivan-other@example.com", true);
    const { variantIds } = await insertProduct(db, { variants: [{ price: 1500, stock: 10 }] });
    const placed = await reviewAndPlace(db, {
      lines: [{ variantId: variantIds[0]!, quantity: 1 }],
      details: shopperDetails({ email: "ivan@example.com" }),
      userId: other.id,
      ownerKey: `user:${other.id}`,
    });
    if (!placed.ok) throw new Error(placed.message);
    const ivan = await account("ivan@example.com", true);
    expect(await listOrdersForUser(ivan.id)).toEqual([]);
    expect(await getAccountOrder(ivan.id, placed.order.number)).toBeNull();
  });
});
