import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { discounts, type NewDiscount, products, productVariants } from "@/db/schema";
import type { CheckoutDetails } from "@/lib/checkout/details";
import { placeOrder, type PlaceOrderInput } from "@/lib/checkout/place-order";
import { quoteCheckout } from "@/lib/checkout/quote-checkout";
import type { CartLineRequest } from "@/lib/checkout/take-stock";

// Shared by the checkout, order and Stripe integration tests: catalog rows with known
// prices and stock, a shopper's details, and "review then place" as the pages do it.

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString("hex")}`;

export async function insertProduct(
  db: Db,
  options: {
    name?: string;
    status?: "active" | "draft" | "archived";
    variants: { price: number; stock: number; title?: string; currency?: string; weightGrams?: number }[];
  },
): Promise<{ productId: number; variantIds: number[] }> {
  const slug = `p-${unique()}`;
  const [product] = await db
    .insert(products)
    .values({ slug, name: options.name ?? "Trail Lantern", status: options.status ?? "active" })
    .returning({ id: products.id });
  const rows = await db
    .insert(productVariants)
    .values(
      options.variants.map((v, i) => ({
        productId: product!.id,
        sku: `SKU-${unique()}`,
        title: v.title ?? (i === 0 ? "Default" : `Option ${i + 1}`),
        priceAmount: v.price,
        currency: v.currency ?? "USD",
        stock: v.stock,
        weightGrams: v.weightGrams ?? 0,
        position: i,
      })),
    )
    .returning({ id: productVariants.id });
  return { productId: product!.id, variantIds: rows.map((r) => r.id) };
}

export async function insertDiscount(
  db: Db,
  values: Partial<NewDiscount> & Pick<NewDiscount, "kind">,
): Promise<{ id: number; code: string }> {
  const code = values.code ?? `CODE${unique().toUpperCase()}`;
  const [row] = await db
    .insert(discounts)
    .values({ ...values, code })
    .returning({ id: discounts.id, code: discounts.code });
  return row!;
}

export async function stockOf(db: Db, variantId: number): Promise<number> {
  const [row] = await db
    .select({ stock: productVariants.stock })
    .from(productVariants)
    .where(sql`${productVariants.id} = ${variantId}`);
  return row!.stock;
}

export function shopperDetails(overrides: Partial<CheckoutDetails> = {}): CheckoutDetails {
  return {
    email: `shopper-${unique()}@example.com`,
    address: {
      fullName: "Ada Lovelace",
      company: "",
      line1: "1 Main Street",
      line2: "",
      city: "Springfield",
      region: "NY",
      postalCode: "10001",
      country: "US",
      phone: "",
    },
    shippingMethod: "standard",
    discountCode: "",
    paymentMethod: "bank_transfer",
    ...overrides,
  };
}

/** What the checkout pages do: review (quote and fingerprint), then place with the review's key. */
export async function reviewAndPlace(
  db: Db,
  input: {
    lines: CartLineRequest[];
    details: CheckoutDetails;
    userId?: string | null;
    ownerKey?: string;
    attemptKey?: string;
  } & Partial<Pick<PlaceOrderInput, "stripeAvailable" | "expectedFingerprint">>,
) {
  const review = await quoteCheckout(db, { currency: "USD", lines: input.lines, details: input.details });
  return placeOrder(db, {
    attemptKey: input.attemptKey ?? randomBytes(16).toString("base64url"),
    ownerKey: input.ownerKey ?? `cart:${unique()}`,
    userId: input.userId ?? null,
    currency: "USD",
    cartLines: input.lines,
    details: input.details,
    expectedFingerprint: input.expectedFingerprint ?? review.fingerprint,
    stripeAvailable: input.stripeAvailable ?? false,
  });
}
