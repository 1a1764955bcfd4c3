import { eq } from "drizzle-orm";
import { db } from "@/db";
import { orderLines, orders, products, users } from "@/db/schema";

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
  n++;
  const [order] = await db
    .insert(orders)
    .values({
      number: `NW-R${n}-${Math.random().toString(36).slice(2, 6)}`,
      accessToken: `tok-r${n}-${Math.random()}`,
      idempotencyKey: `idem-r${n}-${Math.random()}`,
      userId: user.id,
      email: user.email,
      customerName: "Ada Shopper",
      status,
      paymentMethod: "cash_on_delivery",
      shippingMethod: "standard",
      shippingMethodLabel: "Standard",
      currency: "USD",
      subtotalAmount: 5000,
      shippingAmount: 0,
      taxAmount: 0,
      totalAmount: 5000,
      taxBasisPoints: 0,
      deliveredAt: status === "delivered" ? new Date("2026-11-24T12:00:00Z") : null,
      shippingAddress: {
        fullName: "Ada Shopper",
        company: "",
        line1: "1 Main St",
        line2: "",
        city: "Town",
        region: "",
        postalCode: "12345",
        country: "US",
        phone: "",
      },
    })
    .returning();
  await db.insert(orderLines).values({
    orderId: order!.id,
    position: 0,
    productId: await productId(slug),
    productName: slug,
    variantTitle: "Default",
    sku: `SKU-${slug}`,
    currency: "USD",
    unitPrice: 5000,
    quantity: 1,
    lineSubtotal: 5000,
  });
  return order!;
}

export const review = (rating: number, extra: Record<string, unknown> = {}) => ({
  rating: String(rating),
  title: `A ${rating}-star title`,
  body: `What I thought, worth ${rating} stars.`,
  authorName: "Ada",
  ...extra,
});
