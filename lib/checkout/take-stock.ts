import { sql } from "drizzle-orm";
import { type Tx, selectRows } from "@/db";
import { variantLabel } from "@/lib/cart";
import { money } from "@/lib/money";
import type { StockMovement } from "@/lib/orders";
import type { QuoteLineInput } from "./quote";

// Taking an order's stock (docs/architecture.md, invariants): one conditional UPDATE per line,
// `stock >= q` in its WHERE and `CHECK (stock >= 0)` behind it, lines in variant id order
// so concurrent checkouts lock rows in the same order and never deadlock. The UPDATE also
// re-reads the price, name and sale status under the row lock: the order is priced from
// what it actually took.

export type CartLineRequest = { variantId: number; quantity: number };

export type TakenStock = { lines: QuoteLineInput[]; moves: StockMovement[]; errors: Record<string, string> };

type TakenRow = {
  id: number;
  productId: number;
  sku: string;
  title: string;
  priceAmount: number;
  currency: string;
  stock: number;
  weightGrams: number;
  productName: string;
};
type ProbeRow = { stock: number; status: string; currency: string; title: string; productName: string };

export async function takeStock(tx: Tx, requests: readonly CartLineRequest[], currency: string): Promise<TakenStock> {
  const sorted = [...requests].sort((a, b) => a.variantId - b.variantId);
  const taken = new Map<number, TakenRow>();
  const errors: Record<string, string> = {};
  // Every line is tried even after one fails, to tell the shopper about all of them; a
  // failure rolls the whole transaction back anyway.
  for (const { variantId, quantity } of sorted) {
    const [row] = await selectRows<TakenRow>(
      tx,
      sql`UPDATE product_variants v SET stock = v.stock - ${quantity}, updated_at = now()
          FROM products p
          WHERE v.id = ${variantId} AND p.id = v.product_id AND p.status = 'active'
            AND v.currency = ${currency} AND v.stock >= ${quantity}
          RETURNING v.id, v.product_id AS "productId", v.sku, v.title, v.price_amount AS "priceAmount",
            v.currency, v.stock, v.weight_grams AS "weightGrams", p.name AS "productName"`,
    );
    if (row) taken.set(variantId, row);
    else errors[String(variantId)] = await whyNot(tx, variantId, quantity, currency);
  }
  // Back in the cart's order for the order's lines.
  const lines = requests.flatMap(({ variantId, quantity }) => {
    const row = taken.get(variantId);
    if (!row) return [];
    return [
      {
        variantId,
        productId: Number(row.productId),
        quantity,
        productName: row.productName,
        variantTitle: row.title,
        sku: row.sku,
        unitPrice: money(Number(row.priceAmount), row.currency.trim()),
        weightGrams: Number(row.weightGrams),
      },
    ];
  });
  const moves = [...taken.values()].map((row) => ({
    variantId: Number(row.id),
    productId: Number(row.productId),
    stock: Number(row.stock),
    delta: -requests.find((r) => r.variantId === Number(row.id))!.quantity,
  }));
  return { lines, moves, errors };
}

async function whyNot(tx: Tx, variantId: number, quantity: number, currency: string): Promise<string> {
  const [row] = await selectRows<ProbeRow>(
    tx,
    sql`SELECT v.stock, p.status, v.currency, v.title, p.name AS "productName"
        FROM product_variants v JOIN products p ON p.id = v.product_id WHERE v.id = ${variantId}`,
  );
  if (!row || row.status !== "active" || row.currency.trim() !== currency)
    return "This item is no longer available. Please remove it from your cart.";
  const label = variantLabel({ productName: row.productName, title: row.title });
  const stock = Number(row.stock);
  if (stock <= 0) return `${label} is out of stock. Please remove it from your cart.`;
  return `Only ${stock} of ${label} left (you asked for ${quantity}). Please lower the quantity in your cart.`;
}
