import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { selectRows, type Db } from "@/db/client";
import { orderLines, orders, users, type NewOrder, type NewOrderLine } from "@/db/schema";
import { countCoPurchases } from "@/lib/recommendations/co-purchases";
import { random } from "./synthetic";

// `npm run db:seed -- --orders N`: a synthetic order history with the structure real shoppers
// give recommendations to learn from, so "frequently bought together" can be measured
// (`npm run recommendations:eval`). Shoppers have one or two favourite categories and a
// favourite brand; each product has a complement in a related category (a tent and a sleeping
// bag, a pan and coffee) bought with it more often than chance; popularity is skewed (a few
// products sell most). The orders are paid or delivered and counted into co_purchases as the
// `shop/order.paid` handler would. Deterministic from the order number, so a re-run adds nothing.

export type SeedOrdersOptions = { onProgress?: (done: number, total: number) => void };

const BATCH = 250;
const ORDERS_PER_SHOPPER = 4;
const DAY = 86_400_000;

/** Which category's products go with which: what a shopper buys alongside. */
const complements: Record<string, string> = {
  tents: "sleeping-bags",
  "sleeping-bags": "tents",
  backpacks: "hiking-boots",
  "hiking-boots": "backpacks",
  "running-shoes": "t-shirts",
  "t-shirts": "running-shoes",
  jackets: "hats-gloves",
  "hats-gloves": "jackets",
  hoodies: "t-shirts",
  cookware: "coffee-tea",
  "coffee-tea": "cookware",
  audio: "power",
  power: "lighting",
  lighting: "power",
  "bags-wallets": "jackets",
};

type Stock = {
  id: number;
  variantId: number;
  name: string;
  title: string;
  sku: string;
  price: number;
  currency: string;
};
type Catalog = {
  all: Stock[];
  byCategory: Map<string, Stock[]>;
  categoryOf: Map<number, string>;
  brandOf: Map<number, string>;
};

const seedOrderNumber = (n: number) => `SEED-${String(n).padStart(6, "0")}`;

/** Adds orders SEED-000001 … SEED-<count> (skipping those present); returns how many it added. */
export async function seedOrders(db: Db, count: number, options: SeedOrdersOptions = {}): Promise<number> {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  const catalog = await loadCatalog(db);
  if (catalog.all.length < 2) throw new Error("Seed orders need at least two active products: seed the catalog first");
  const shoppers = Math.max(1, Math.ceil(count / ORDERS_PER_SHOPPER));
  const userIds = await ensureShoppers(db, shoppers);
  const now = Date.now();
  let added = 0;
  for (let first = 1; first <= count; first += BATCH) {
    const last = Math.min(count, first + BATCH - 1);
    const planned = Array.from({ length: last - first + 1 }, (_, i) =>
      planOrder(first + i, count, shoppers, catalog, now),
    );
    added += await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(orders)
        .values(planned.map((p) => orderRow(p, userIds[p.shopper]!)))
        .onConflictDoNothing({ target: orders.idempotencyKey })
        .returning({ id: orders.id, number: orders.number });
      if (inserted.length === 0) return 0;
      const byNumber = new Map(planned.map((p) => [seedOrderNumber(p.n), p]));
      const lines: NewOrderLine[] = inserted.flatMap(({ id, number }) =>
        byNumber.get(number)!.items.map((item, position) => lineRow(id, position, item)),
      );
      await tx.insert(orderLines).values(lines);
      await countCoPurchases(
        tx,
        inserted.map((o) => o.id),
      );
      return inserted.length;
    });
    options.onProgress?.(last, count);
  }
  return added;
}

async function loadCatalog(db: Db): Promise<Catalog> {
  const rows = await selectRows<Stock & { category: string | null; brand: string }>(
    db,
    sql`SELECT p.id, p.name, p.brand, c.slug AS category, v.id AS "variantId", v.title, v.sku,
               v.price_amount AS price, v.currency
        FROM products p
        LEFT JOIN categories c ON c.id = p.category_id
        JOIN LATERAL (
          SELECT * FROM product_variants pv WHERE pv.product_id = p.id ORDER BY pv.position, pv.id LIMIT 1
        ) v ON true
        WHERE p.status = 'active'
        ORDER BY p.id`,
  );
  const byCategory = new Map<string, Stock[]>();
  const categoryOf = new Map<number, string>();
  const brandOf = new Map<number, string>();
  const all = rows.map((r) => {
    const stock = {
      ...r,
      id: Number(r.id),
      variantId: Number(r.variantId),
      price: Number(r.price),
      currency: r.currency.trim(),
    };
    const category = r.category ?? "";
    byCategory.set(category, [...(byCategory.get(category) ?? []), stock]);
    categoryOf.set(stock.id, category);
    brandOf.set(stock.id, r.brand);
    return stock;
  });
  return { all, byCategory, categoryOf, brandOf };
}

async function ensureShoppers(db: Db, count: number): Promise<string[]> {
  const emails = Array.from({ length: count }, (_, i) => `seed-shopper-${String(i + 1).padStart(5, "0")}@example.com`);
  const ids: string[] = [];
  for (let i = 0; i < emails.length; i += 1000) {
    const chunk = emails.slice(i, i + 1000);
    await db
      .insert(users)
      .values(chunk.map((email, j) => ({ email, name: `Seed Shopper ${i + j + 1}`, emailVerified: new Date() })))
      .onConflictDoNothing({ target: users.email });
    const rows = await selectRows<{ id: string; email: string }>(
      db,
      sql`SELECT id, email FROM users WHERE email IN (${sql.join(
        chunk.map((e) => sql`${e}`),
        sql`, `,
      )})`,
    );
    const byEmail = new Map(rows.map((r) => [r.email, r.id]));
    ids.push(...chunk.map((email) => byEmail.get(email)!));
  }
  return ids;
}

type PlannedOrder = {
  n: number;
  shopper: number;
  createdAt: Date;
  delivered: boolean;
  items: { stock: Stock; quantity: number }[];
};

/** A product from `list`, the first ones far more often (popularity falls off like 1/rank). */
function popular(rng: ReturnType<typeof random>, list: readonly Stock[]): Stock {
  return list[Math.min(list.length - 1, Math.floor(list.length * rng.next() ** 2.5))]!;
}

/** The product bought with `stock`: a fixed one of its complement category (or its own). */
function partnerOf(stock: Stock, catalog: Catalog, which: number): Stock | null {
  const category = catalog.categoryOf.get(stock.id) ?? "";
  const list = catalog.byCategory.get(complements[category] ?? category) ?? [];
  const candidates = list.filter((p) => p.id !== stock.id);
  if (candidates.length === 0) return null;
  return candidates[(Math.imul(stock.id, 2654435761 + which * 40503) >>> 0) % candidates.length]!;
}

function planOrder(n: number, total: number, shoppers: number, catalog: Catalog, now: number): PlannedOrder {
  const shopper = (n - 1) % shoppers;
  // The shopper's tastes come from the shopper's number alone: the same in every order.
  const taste = random(Math.imul(shopper + 1, 0x9e3779b1));
  const categories = [...catalog.byCategory.keys()];
  const favourites = [taste.pick(categories), taste.pick(categories)];
  const favouriteBrand = catalog.brandOf.get(popular(taste, catalog.byCategory.get(favourites[0]!)!).id) ?? "";

  const rng = random(Math.imul(n, 0x85ebca6b));
  const anchorCategory = rng.next() < 0.75 ? favourites[rng.int(0, 1)]! : null;
  const anchor = popular(rng, anchorCategory ? catalog.byCategory.get(anchorCategory)! : catalog.all);
  const chosen = new Map<number, Stock>([[anchor.id, anchor]]);
  const add = (stock: Stock | null | undefined) => stock && chosen.set(stock.id, stock);
  if (rng.next() < 0.65) add(partnerOf(anchor, catalog, 0));
  if (rng.next() < 0.25) add(partnerOf(anchor, catalog, 1));
  if (rng.next() < 0.2) {
    const ofBrand = catalog.all.filter((p) => catalog.brandOf.get(p.id) === favouriteBrand);
    add(ofBrand.length ? rng.pick(ofBrand) : null);
  }
  if (rng.next() < 0.15) add(popular(rng, catalog.all));

  // Spread over the last year in order-number order, so each shopper's orders follow each other.
  const createdAt = new Date(now - ((total - n + 1) / total) * 365 * DAY);
  return {
    n,
    shopper,
    createdAt,
    delivered: rng.next() < 0.7,
    items: [...chosen.values()].map((stock) => ({ stock, quantity: rng.next() < 0.8 ? 1 : 2 })),
  };
}

function orderRow(order: PlannedOrder, userId: string): NewOrder {
  const subtotal = order.items.reduce((sum, i) => sum + i.stock.price * i.quantity, 0);
  const shopper = order.shopper + 1;
  const paidAt = new Date(order.createdAt.getTime() + 3_600_000);
  return {
    number: seedOrderNumber(order.n),
    accessToken: randomBytes(32).toString("base64url"),
    idempotencyKey: `seed-order-${order.n}`,
    userId,
    email: `seed-shopper-${String(shopper).padStart(5, "0")}@example.com`,
    customerName: `Seed Shopper ${shopper}`,
    status: order.delivered ? "delivered" : "paid",
    paymentMethod: "bank_transfer",
    shippingMethod: "standard",
    shippingMethodLabel: "Standard",
    currency: order.items[0]!.stock.currency,
    subtotalAmount: subtotal,
    shippingAmount: 0,
    taxAmount: 0,
    totalAmount: subtotal,
    taxBasisPoints: 0,
    shippingAddress: {
      fullName: `Seed Shopper ${shopper}`,
      company: "",
      line1: `${shopper} Main Street`,
      line2: "",
      city: "Springfield",
      region: "NY",
      postalCode: "10001",
      country: "US",
      phone: "",
    },
    paidAt,
    deliveredAt: order.delivered ? new Date(paidAt.getTime() + 3 * DAY) : null,
    createdAt: order.createdAt,
    updatedAt: paidAt,
  };
}

function lineRow(orderId: number, position: number, { stock, quantity }: PlannedOrder["items"][number]): NewOrderLine {
  return {
    orderId,
    position,
    variantId: stock.variantId,
    productId: stock.id,
    productName: stock.name,
    variantTitle: stock.title,
    sku: stock.sku,
    currency: stock.currency,
    unitPrice: stock.price,
    quantity,
    lineSubtotal: stock.price * quantity,
  };
}
