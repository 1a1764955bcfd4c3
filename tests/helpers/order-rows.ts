import { randomBytes } from "node:crypto";
import type { Db } from "@/db";
import { type NewOrder, orderLines, orders, type PaymentStatus, payments } from "@/db/schema";

// An order row as a test needs it, without going through checkout: the lines given (their
// amounts make the totals), a plain US address, and optionally its payment row. Anything of
// the order can be set through `values`.

export type LineFixture = {
  productId: number;
  variantId?: number | null;
  name: string;
  title?: string;
  sku: string;
  unitPrice: number;
  quantity?: number;
};

export type OrderFixture = Partial<NewOrder> & {
  email: string;
  lines?: LineFixture[];
  /** Writes the order's payment row too (method: the order's). */
  payment?: { status?: PaymentStatus };
};

export async function insertOrder(db: Db, { lines = [], payment, ...values }: OrderFixture) {
  const unique = randomBytes(4).toString("hex");
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * (line.quantity ?? 1), 0);
  const name = values.customerName ?? "Shopper";
  const [order] = await db
    .insert(orders)
    .values({
      number: `NW-T${unique.toUpperCase()}`,
      accessToken: `tok-${unique}`,
      idempotencyKey: `idem-${unique}`,
      customerName: name,
      status: "paid",
      paymentMethod: "bank_transfer",
      shippingMethod: "standard",
      shippingMethodLabel: "Standard",
      currency: "USD",
      subtotalAmount: subtotal,
      shippingAmount: 0,
      taxAmount: 0,
      totalAmount: subtotal - (values.discountAmount ?? 0),
      taxBasisPoints: 0,
      shippingAddress: {
        fullName: name,
        company: "",
        line1: "1 Main St",
        line2: "",
        city: "Town",
        region: "",
        postalCode: "12345",
        country: "US",
        phone: "",
      },
      ...values,
    })
    .returning();
  if (lines.length > 0) {
    await db.insert(orderLines).values(
      lines.map((line, position) => ({
        orderId: order!.id,
        position,
        productId: line.productId,
        variantId: line.variantId ?? null,
        productName: line.name,
        variantTitle: line.title ?? "Default",
        sku: line.sku,
        currency: "USD",
        unitPrice: line.unitPrice,
        quantity: line.quantity ?? 1,
        lineSubtotal: line.unitPrice * (line.quantity ?? 1),
      })),
    );
  }
  if (payment) {
    await db.insert(payments).values({
      orderId: order!.id,
      method: order!.paymentMethod,
      amount: order!.totalAmount,
      currency: "USD",
      ...(payment.status ? { status: payment.status } : {}),
    });
  }
  return order!;
}
