import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { addresses, users } from "@/db/schema";
import { addressInputSchema, type AddressInput } from "@/lib/account/address-schema";
import {
  createAddress,
  deleteAddress,
  getAddress,
  getDefaultAddress,
  listAddresses,
  MAX_ADDRESSES,
  setDefaultAddress,
  updateAddress,
} from "@/lib/account/addresses";

// The address book's authorization lives in lib: every function takes the caller's id
// (from the session) and only ever touches that user's rows.

let n = 0;
async function user(): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email: `addr${++n}@example.com`, name: "A" })
    .returning();
  return row!.id;
}

function address(overrides: Record<string, unknown> = {}): AddressInput {
  return addressInputSchema.parse({
    fullName: "Ada Lovelace",
    line1: "10 Downing Street",
    city: "London",
    country: "GB",
    postalCode: "sw1a 2aa",
    ...overrides,
  });
}

async function create(userId: string, overrides: Record<string, unknown> = {}) {
  const result = await createAddress(userId, address(overrides));
  if (!result.ok) throw new Error(result.reason);
  return result.address;
}

describe("one user's addresses", () => {
  it("cannot be read, changed, deleted or made default by another user", async () => {
    const alice = await user();
    const mallory = await user();
    const home = await create(alice, { line1: "1 Alice Road" });

    expect(await getAddress(mallory, home.id)).toBeNull();
    expect(await listAddresses(mallory)).toEqual([]);
    expect(await getDefaultAddress(mallory)).toBeNull();
    expect(await updateAddress(mallory, home.id, address({ line1: "Mallory was here", isDefault: "on" }))).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await setDefaultAddress(mallory, home.id)).toBe(false);
    expect(await deleteAddress(mallory, home.id)).toBe(false);

    const [stored] = await db.select().from(addresses).where(eq(addresses.id, home.id));
    expect(stored).toMatchObject({ userId: alice, line1: "1 Alice Road", isDefault: true });
    // Mallory's own default is untouched by the failed attempt to take over Alice's.
    const malloryOwn = await create(mallory);
    expect(await updateAddress(mallory, home.id, address({ isDefault: "on" }))).toMatchObject({ ok: false });
    expect((await getAddress(mallory, malloryOwn.id))?.isDefault).toBe(true);
  });

  it("are kept in their canonical form and listed default first", async () => {
    const owner = await user();
    const first = await create(owner, { line1: "First" });
    const second = await create(owner, { line1: "Second", country: "US", postalCode: "94103", region: "ca" });
    expect(first.isDefault).toBe(true);
    expect(second).toMatchObject({ isDefault: false, region: "CA", postalCode: "94103" });
    expect(first.postalCode).toBe("SW1A 2AA");
    expect((await listAddresses(owner)).map((a) => a.line1)).toEqual(["First", "Second"]);
  });
});

describe("the default address", () => {
  it("is the first one added, moves when another is chosen, and is never two", async () => {
    const owner = await user();
    const a = await create(owner, { line1: "A" });
    const b = await create(owner, { line1: "B", isDefault: "on" });
    expect((await getDefaultAddress(owner))?.id).toBe(b.id);
    expect((await getAddress(owner, a.id))?.isDefault).toBe(false);

    expect(await setDefaultAddress(owner, a.id)).toBe(true);
    expect((await getDefaultAddress(owner))?.id).toBe(a.id);

    await updateAddress(owner, b.id, address({ line1: "B2", isDefault: "on" }));
    const defaults = (await listAddresses(owner)).filter((x) => x.isDefault);
    expect(defaults.map((x) => x.line1)).toEqual(["B2"]);
  });

  it("passes to another address when the default is deleted", async () => {
    const owner = await user();
    const a = await create(owner, { line1: "A" });
    const b = await create(owner, { line1: "B" });
    expect(await deleteAddress(owner, a.id)).toBe(true);
    expect((await getDefaultAddress(owner))?.id).toBe(b.id);
    expect(await deleteAddress(owner, b.id)).toBe(true);
    expect(await listAddresses(owner)).toEqual([]);
  });

  it("is unique per user at the database level too", async () => {
    const owner = await user();
    await create(owner);
    await expect(db.insert(addresses).values({ ...address(), userId: owner, isDefault: true })).rejects.toThrow();
  });
});

describe("the address book", () => {
  it(`holds at most ${MAX_ADDRESSES} addresses`, async () => {
    const owner = await user();
    for (let i = 0; i < MAX_ADDRESSES; i++) await create(owner, { line1: `${i} Street` });
    expect(await createAddress(owner, address())).toEqual({ ok: false, reason: "limit" });
  });

  it("goes when the account goes", async () => {
    const owner = await user();
    await create(owner);
    await db.delete(users).where(eq(users.id, owner));
    expect(await db.$count(addresses, eq(addresses.userId, owner))).toBe(0);
  });
});
