import "server-only";
import { and, asc, desc, eq, ne } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { addresses, type Address } from "@/db/schema";
import type { AddressInput } from "./address-schema";

// The address book. Authorization lives here, not in the pages: every function takes the
// caller's user id (from the session, never from the request) and every query is scoped
// by it, so another user's address id simply does not exist for the caller.

export const MAX_ADDRESSES = 20;

const owned = (userId: string, id: number) => and(eq(addresses.userId, userId), eq(addresses.id, id));

/** The default address first, then the most recently added. */
export async function listAddresses(userId: string): Promise<Address[]> {
  return db
    .select()
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.isDefault), desc(addresses.createdAt), desc(addresses.id));
}

export async function getAddress(userId: string, id: number): Promise<Address | null> {
  const [row] = await db.select().from(addresses).where(owned(userId, id)).limit(1);
  return row ?? null;
}

export async function getDefaultAddress(userId: string): Promise<Address | null> {
  const [row] = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true)))
    .limit(1);
  return row ?? null;
}

/** The stored columns; `isDefault` is decided by the functions below, not copied. */
function columns(input: AddressInput) {
  return {
    fullName: input.fullName,
    company: input.company,
    line1: input.line1,
    line2: input.line2,
    city: input.city,
    region: input.region,
    postalCode: input.postalCode,
    country: input.country,
    phone: input.phone,
  };
}

async function clearDefault(tx: DbOrTx, userId: string, exceptId?: number): Promise<void> {
  await tx
    .update(addresses)
    .set({ isDefault: false, updatedAt: new Date() })
    .where(
      and(
        eq(addresses.userId, userId),
        eq(addresses.isDefault, true),
        exceptId ? ne(addresses.id, exceptId) : undefined,
      ),
    );
}

export type AddressWriteResult = { ok: true; address: Address } | { ok: false; reason: "not_found" | "limit" };

/** The first address becomes the default; a new default replaces the old one. */
export async function createAddress(userId: string, input: AddressInput): Promise<AddressWriteResult> {
  return db.transaction(async (tx) => {
    const count = await tx.$count(addresses, eq(addresses.userId, userId));
    if (count >= MAX_ADDRESSES) return { ok: false, reason: "limit" } as const;
    const isDefault = input.isDefault || count === 0;
    if (isDefault) await clearDefault(tx, userId);
    const [address] = await tx
      .insert(addresses)
      .values({ ...columns(input), userId, isDefault })
      .returning();
    return { ok: true, address: address! } as const;
  });
}

export async function updateAddress(userId: string, id: number, input: AddressInput): Promise<AddressWriteResult> {
  return db.transaction(async (tx) => {
    const [exists] = await tx.select({ id: addresses.id }).from(addresses).where(owned(userId, id)).for("update");
    if (!exists) return { ok: false, reason: "not_found" } as const;
    if (input.isDefault) await clearDefault(tx, userId, id);
    const [address] = await tx
      .update(addresses)
      // Unticking "default" does not leave the book without one: only choosing another does.
      .set({ ...columns(input), ...(input.isDefault ? { isDefault: true } : {}), updatedAt: new Date() })
      .where(owned(userId, id))
      .returning();
    return { ok: true, address: address! } as const;
  });
}

export async function setDefaultAddress(userId: string, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [exists] = await tx.select({ id: addresses.id }).from(addresses).where(owned(userId, id)).for("update");
    if (!exists) return false;
    await clearDefault(tx, userId, id);
    await tx.update(addresses).set({ isDefault: true, updatedAt: new Date() }).where(owned(userId, id));
    return true;
  });
}

/** Deleting the default makes the oldest remaining address the default. */
export async function deleteAddress(userId: string, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [deleted] = await tx.delete(addresses).where(owned(userId, id)).returning({ isDefault: addresses.isDefault });
    if (!deleted) return false;
    if (deleted.isDefault) {
      const [next] = await tx
        .select({ id: addresses.id })
        .from(addresses)
        .where(eq(addresses.userId, userId))
        .orderBy(asc(addresses.createdAt), asc(addresses.id))
        .limit(1);
      if (next)
        await tx.update(addresses).set({ isDefault: true, updatedAt: new Date() }).where(owned(userId, next.id));
    }
    return true;
  });
}
