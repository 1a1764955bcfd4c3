import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { productImages, products } from "@/db/schema";
import { insertCatalogFixture } from "./catalog-fixture";
import { createUser, signInAs, updateTag } from "./admin-helpers";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => {
  const h = await import("./admin-helpers");
  return { updateTag: h.updateTag, revalidateTag: vi.fn(), refresh: vi.fn(), unstable_cache: (fn: unknown) => fn };
});
// Media in memory: the test checks what is stored under which key, not the disk.
const stored = vi.hoisted(() => new Map<string, { body: Buffer; contentType: string }>());
vi.mock("@/lib/storage", async (original) => ({
  ...(await original<typeof import("@/lib/storage")>()),
  mediaStorage: { put: async (key: string, body: Buffer, contentType: string) => void stored.set(key, { body, contentType }), get: async (key: string) => stored.get(key) ?? null, exists: async (key: string) => stored.has(key) },
}));

const { uploadProductImageAction, updateProductImageAction } = await import("@/app/admin/products/image-actions");

let productId = 0;
const upload = (bytes: Uint8Array, alt: string, name = "photo.png") => {
  const data = new FormData();
  data.set("productId", String(productId));
  data.set("alt", alt);
  data.set("image", new File([bytes as BlobPart], name));
  return uploadProductImageAction(data);
};

beforeAll(async () => {
  await insertCatalogFixture(db);
  productId = (await db.select().from(products).where(eq(products.slug, "camp-stove")))[0]!.id;
  await db.delete(productImages).where(eq(productImages.productId, productId)); // start with none
  signInAs(await createUser("staff"));
});

describe("product images", () => {
  it("stores a real image under a fresh key with its size, and refuses others", async () => {
    const png = new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } }).png().toBuffer());
    expect(await upload(png, "Blue stove, front")).toMatchObject({ ok: true });
    expect(await upload(png, "Blue stove, side")).toMatchObject({ ok: true });
    const rows = await db.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(productImages.position);
    expect(rows.map((r) => [r.alt, r.width, r.height, r.position])).toEqual([["Blue stove, front", 40, 30, 0], ["Blue stove, side", 40, 30, 1]]);
    expect(rows[0]!.path).not.toBe(rows[1]!.path);
    expect(stored.get(rows[0]!.path)?.contentType).toBe("image/png");
    expect(updateTag).toHaveBeenCalledWith("product:camp-stove");

    expect(await upload(new TextEncoder().encode("<svg/>"), "Not an image", "x.png")).toMatchObject({ ok: false, fieldErrors: { image: ["Upload a JPEG, PNG, WebP, GIF or AVIF image."] } });
    expect(await upload(png, "")).toMatchObject({ ok: false, fieldErrors: { alt: expect.any(Array) } });
    expect(await upload(new Uint8Array(6 * 1024 * 1024).fill(0xff), "Huge")).toMatchObject({ ok: false, fieldErrors: { image: ["The image must be 5 MB or smaller."] } });
  });

  it("reorders and removes", async () => {
    const [first, second] = await db.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(productImages.position);
    expect(await updateProductImageAction({ imageId: second!.id, op: "up" })).toMatchObject({ ok: true });
    const order = await db.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(productImages.position);
    expect(order.map((r) => r.id)).toEqual([second!.id, first!.id]);
    expect(await updateProductImageAction({ imageId: first!.id, op: "delete" })).toMatchObject({ ok: true });
    expect(await db.select().from(productImages).where(eq(productImages.productId, productId))).toHaveLength(1);
  });
});
