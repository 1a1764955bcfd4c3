import { eq } from "drizzle-orm";
import { db } from "@/db";
import { products, users } from "@/db/schema";
import { insertOrder } from "./helpers/order-rows";

// Shoppers and orders for tests/reviews*.test.ts: an order with one product in the status
// asked for, delivered orders with their delivery time (only those make a "verified purchase").

let n = 0;

export async function shopper(name = "Ada Shopper") {
  n++;
  const [row] = await db
    .insert(users)
    .values({ email: `shopper-${n}-${Math.random().toString(36).slice(2, 8)}@example.com`, name, role: "customer" })
    .returning();
  return row!;
}

export async function productId(slug: string): Promise<number> {
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.slug, slug));
  return row!.id;
}

export async function orderFor(
  user: { id: string | null; email: string },
  slug: string,
  status: "paid" | "shipped" | "delivered" = "delivered",
) {
  return insertOrder(db, {
    userId: user.id,
    email: user.email,
    customerName: "Ada Shopper",
    status,
    paymentMethod: "cash_on_delivery",
    deliveredAt: status === "delivered" ? new Date("2026-11-24T12:00:00Z") : null,
    lines: [{ productId: await productId(slug), name: slug, sku: `SKU-${slug}`, unitPrice: 5000 }],
  });
}

export const review = (rating: number, extra: Record<string, unknown> = {}) => ({
  rating: String(rating),
  title: `A ${rating}-star title`,
  body: `What I thought, worth ${rating} stars.`,
  authorName: "Ada",
  ...extra,
});
