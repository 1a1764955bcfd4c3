import { and, asc, eq, isNotNull, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db";
import { cartLines, carts } from "@/db/schema";
import { money, type Money } from "@/lib/money";
import { GUEST_CART_TTL_SECONDS } from "../limits";
import type { CartStore } from "./types";

// The embedded default: the same data as the Redis stores, in two tables. Atomicity comes
// from the database: every change to a cart first upserts its `carts` row, which locks it,
// so operations on one cart run one after another; the line upserts are conditional
// (INSERT … ON CONFLICT DO UPDATE with LEAST/GREATEST) so they hold even without that lock.

const live = (ttlSeconds: number) => ({
  expires: sql`now() + make_interval(secs => ${ttlSeconds})`,
  isLive: sql`(${carts.expiresAt} IS NULL OR ${carts.expiresAt} > now())`,
});

export function createPostgresCartStore(db: Db, { ttlSeconds = GUEST_CART_TTL_SECONDS } = {}): CartStore {
  const { expires, isLive } = live(ttlSeconds);

  /** Creates the cart or pushes its expiry back; an expired cart starts over empty. */
  async function touch(tx: DbOrTx, cartId: string) {
    await tx.delete(carts).where(and(eq(carts.id, cartId), lte(carts.expiresAt, sql`now()`)));
    await tx
      .insert(carts)
      .values({ id: cartId, expiresAt: expires })
      .onConflictDoUpdate({
        target: carts.id,
        set: { updatedAt: sql`now()`, expiresAt: sql`CASE WHEN ${carts.userId} IS NULL THEN ${expires} END` },
      });
  }

  async function lineQuantity(tx: DbOrTx, cartId: string, variantId: number) {
    const [row] = await tx
      .select({ quantity: cartLines.quantity })
      .from(cartLines)
      .where(and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, variantId)));
    return row?.quantity ?? 0;
  }

  async function itemCount(tx: DbOrTx, cartId: string) {
    const [row] = await tx
      .select({ items: sql<number>`coalesce(sum(${cartLines.quantity}), 0)::int` })
      .from(cartLines)
      .where(eq(cartLines.cartId, cartId));
    return row?.items ?? 0;
  }

  const priceColumns = (price: Money) => ({ addedUnitAmount: price.amount, addedCurrency: price.currency });

  return {
    kind: "postgres",

    async get(cartId) {
      // Reading counts as use: push a guest cart's expiry back, but write at most about once
      // a day per cart rather than on every page view.
      const stale = ttlSeconds - Math.min(86_400, Math.floor(ttlSeconds / 2));
      await db
        .update(carts)
        .set({ expiresAt: expires })
        .where(
          and(
            eq(carts.id, cartId),
            isNotNull(carts.expiresAt),
            sql`${carts.expiresAt} > now()`,
            sql`${carts.expiresAt} < now() + make_interval(secs => ${stale})`,
          ),
        );
      const rows = await db
        .select({ line: cartLines })
        .from(cartLines)
        .innerJoin(carts, eq(carts.id, cartLines.cartId))
        .where(and(eq(cartLines.cartId, cartId), isLive))
        .orderBy(asc(cartLines.addedAt), asc(cartLines.variantId));
      if (rows.length === 0) return null;
      return {
        id: cartId,
        lines: rows.map(({ line }) => ({
          variantId: line.variantId,
          quantity: line.quantity,
          seenUnitPrice: money(line.addedUnitAmount, line.addedCurrency),
          addedAt: line.addedAt,
        })),
      };
    },

    async add(cartId, { variantId, quantity, cap, seenUnitPrice }) {
      return db.transaction(async (tx) => {
        await touch(tx, cartId);
        const before = await lineQuantity(tx, cartId, variantId);
        if (Math.min(quantity, cap) <= 0 && before === 0)
          return { quantity: 0, added: 0, cartItems: await itemCount(tx, cartId) };
        const [row] = await tx
          .insert(cartLines)
          .values({ cartId, variantId, quantity: Math.min(quantity, cap), ...priceColumns(seenUnitPrice) })
          .onConflictDoUpdate({
            target: [cartLines.cartId, cartLines.variantId],
            set: {
              quantity: sql`GREATEST(${cartLines.quantity}, LEAST(${cartLines.quantity} + ${quantity}, ${cap}))`,
              ...priceColumns(seenUnitPrice),
              updatedAt: sql`now()`,
            },
          })
          .returning({ quantity: cartLines.quantity });
        const after = row?.quantity ?? before;
        return { quantity: after, added: after - before, cartItems: await itemCount(tx, cartId) };
      });
    },

    async setQuantity(cartId, variantId, quantity, seenUnitPrice) {
      return db.transaction(async (tx) => {
        await touch(tx, cartId);
        const where = and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, variantId));
        if (quantity <= 0) return (await tx.delete(cartLines).where(where).returning()).length > 0;
        const set = { quantity, updatedAt: sql`now()`, ...(seenUnitPrice ? priceColumns(seenUnitPrice) : {}) };
        return (await tx.update(cartLines).set(set).where(where).returning()).length > 0;
      });
    },

    async remove(cartId, variantId) {
      return db.transaction(async (tx) => {
        await touch(tx, cartId);
        const where = and(eq(cartLines.cartId, cartId), eq(cartLines.variantId, variantId));
        return (await tx.delete(cartLines).where(where).returning()).length > 0;
      });
    },

    async clear(cartId) {
      await db.delete(cartLines).where(eq(cartLines.cartId, cartId));
    },

    async merge(fromCartId, toCartId, caps) {
      if (fromCartId === toCartId) return;
      await db.transaction(async (tx) => {
        // Lock order: target before source, the same as a claim followed by a merge.
        await touch(tx, toCartId);
        const source = await tx
          .select()
          .from(cartLines)
          .innerJoin(carts, eq(carts.id, cartLines.cartId))
          .where(and(eq(cartLines.cartId, fromCartId), isLive))
          .for("update");
        for (const { cart_lines: line } of source) {
          const cap = caps.get(line.variantId);
          if (cap === undefined || cap <= 0) continue;
          await tx
            .insert(cartLines)
            .values({ ...line, cartId: toCartId, quantity: Math.min(line.quantity, cap) })
            .onConflictDoUpdate({
              target: [cartLines.cartId, cartLines.variantId],
              set: {
                quantity: sql`GREATEST(${cartLines.quantity}, LEAST(${cartLines.quantity} + ${line.quantity}, ${cap}))`,
                updatedAt: sql`now()`,
              },
            });
        }
        await tx.delete(carts).where(eq(carts.id, fromCartId));
      });
    },

    async getUserCartId(userId) {
      const [row] = await db.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
      return row?.id ?? null;
    },

    async claimUserCart(userId, cartId) {
      // DO UPDATE (not DO NOTHING) so RETURNING also gives the existing row when we lose.
      const [row] = await db
        .insert(carts)
        .values({ id: cartId, userId, expiresAt: null })
        .onConflictDoUpdate({ target: carts.userId, set: { updatedAt: sql`now()` } })
        .returning({ id: carts.id });
      if (!row) throw new Error("claimUserCart returned no row");
      return row.id;
    },

    async purgeExpired() {
      const deleted = await db
        .delete(carts)
        .where(lte(carts.expiresAt, sql`now()`))
        .returning({ id: carts.id });
      return deleted.length;
    },
  };
}
