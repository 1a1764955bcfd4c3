import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { productImages, products } from "@/db/schema";
import { insertCatalogFixture } from "./catalog-fixture";
import { createUser, signInAs } from "./admin-helpers";
import { tagProbe } from "./helpers/expired-tags";
import { log } from "@/lib/log";

vi.mock("@/lib/auth/next-auth", async () => {
  const h = await import("./admin-helpers");
  return { auth: async () => h.session.current };
});
vi.mock("next/cache", async () => ({ revalidateTag: vi.fn(), refresh: vi.fn() }));
// Media on a real local disk in a temp folder, so the tests see files appear and disappear.
// Deletes can be made to fail, and so can the outbox write that ends each image transaction.
const media = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  return { root: mkdtempSync(path.join(tmpdir(), "admin-images-")), failDeletes: false, failOutbox: false };
});
vi.mock("@/lib/storage", async (original) => {
  const actual = await original<typeof import("@/lib/storage")>();
  const disk = actual.localDiskStorage(media.root);
  const failingDelete = async (key: string) =>
    media.failDeletes ? Promise.reject(new Error("disk says no")) : disk.delete(key);
  return { ...actual, mediaStorage: { ...disk, delete: failingDelete } };
});
vi.mock("@/lib/events", async (original) => {
  const actual = await original<typeof import("@/lib/events")>();
  const enqueueEvent: typeof actual.enqueueEvent = async (...args) => {
    if (media.failOutbox) throw new Error("outbox write failed");
    return actual.enqueueEvent(...args);
  };
  return { ...actual, enqueueEvent };
});
const hasFile = (key: string) => existsSync(path.join(media.root, key));
const filesOf = (id: number) =>
  existsSync(path.join(media.root, `products/${id}`)) ? readdirSync(path.join(media.root, `products/${id}`)) : [];

const { uploadProductImageAction, updateProductImageAction, updateImageAltAction } =
  await import("@/app/admin/products/image-actions");

let productId = 0;
const tags = tagProbe();
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
afterEach(() => {
  media.failDeletes = false;
  media.failOutbox = false;
  vi.restoreAllMocks();
});
afterAll(() => rmSync(media.root, { recursive: true, force: true }));

const rowsOf = () =>
  db.select().from(productImages).where(eq(productImages.productId, productId)).orderBy(productImages.position);
const uploadOne = async (alt: string) => {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#aa3300" } })
    .png()
    .toBuffer();
  expect(await upload(new Uint8Array(png), alt)).toMatchObject({ ok: true });
  return (await rowsOf()).find((r) => r.alt === alt)!;
};

describe("product images", () => {
  it("stores a real image under a fresh key with its size, and refuses others", async () => {
    const png = new Uint8Array(
      await sharp({ create: { width: 40, height: 30, channels: 3, background: "#336699" } })
        .png()
        .toBuffer(),
    );
    tags.reset();
    expect(await upload(png, "Blue stove, front")).toMatchObject({ ok: true });
    expect(await upload(png, "Blue stove, side")).toMatchObject({ ok: true });
    const rows = await db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, productId))
      .orderBy(productImages.position);
    expect(rows.map((r) => [r.alt, r.width, r.height, r.position])).toEqual([
      ["Blue stove, front", 40, 30, 0],
      ["Blue stove, side", 40, 30, 1],
    ]);
    expect(rows[0]!.path).not.toBe(rows[1]!.path);
    expect(readFileSync(path.join(media.root, rows[0]!.path))).toEqual(Buffer.from(png));
    await tags.expectExpired(["products", "product:camp-stove"], { notAmong: ["product:ridge-tent", "categories"] });

    expect(await upload(new TextEncoder().encode("<svg/>"), "Not an image", "x.png")).toMatchObject({
      ok: false,
      fieldErrors: { image: ["Upload a JPEG, PNG, WebP, GIF or AVIF image."] },
    });
    expect(await upload(png, "")).toMatchObject({ ok: false, fieldErrors: { alt: expect.any(Array) } });
    expect(await upload(new Uint8Array(6 * 1024 * 1024).fill(0xff), "Huge")).toMatchObject({
      ok: false,
      fieldErrors: { image: ["The image must be 5 MB or smaller."] },
    });
  });

  it("reorders and removes", async () => {
    const [first, second] = await db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, productId))
      .orderBy(productImages.position);
    expect(await updateProductImageAction({ imageId: second!.id, op: "up" })).toMatchObject({ ok: true });
    const order = await db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, productId))
      .orderBy(productImages.position);
    expect(order.map((r) => r.id)).toEqual([second!.id, first!.id]);
    expect(hasFile(first!.path)).toBe(true);
    expect(await updateProductImageAction({ imageId: first!.id, op: "delete" })).toMatchObject({ ok: true });
    expect(await db.select().from(productImages).where(eq(productImages.productId, productId))).toHaveLength(1);
    expect(hasFile(first!.path)).toBe(false);
    expect(hasFile(second!.path)).toBe(true);
  });
});

describe("image files follow their rows", () => {
  it("keeps the file when the delete rolls back", async () => {
    const image = await uploadOne("Rolled back");
    media.failOutbox = true;
    await expect(updateProductImageAction({ imageId: image.id, op: "delete" })).rejects.toThrow("outbox write failed");
    expect((await rowsOf()).map((r) => r.id)).toContain(image.id);
    expect(hasFile(image.path)).toBe(true);
  });

  it("removes the image even when its file cannot be deleted, and logs the file left behind", async () => {
    const image = await uploadOne("Stuck file");
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    media.failDeletes = true;
    expect(await updateProductImageAction({ imageId: image.id, op: "delete" })).toMatchObject({ ok: true });
    expect((await rowsOf()).map((r) => r.id)).not.toContain(image.id);
    expect(hasFile(image.path)).toBe(true);
    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.any(Error) }),
      expect.stringContaining(image.path),
    );
  });

  it("keeps a file another image still shows (seeded products share pictures)", async () => {
    const image = await uploadOne("Shared picture");
    const { productId: owner, path: key, width, height } = image;
    const [copy] = await db
      .insert(productImages)
      .values({ productId: owner, path: key, width, height, alt: "Same picture, again", position: 99 })
      .returning();
    expect(await updateProductImageAction({ imageId: image.id, op: "delete" })).toMatchObject({ ok: true });
    expect(hasFile(image.path)).toBe(true);
    expect(await updateProductImageAction({ imageId: copy!.id, op: "delete" })).toMatchObject({ ok: true });
    expect(hasFile(image.path)).toBe(false);
  });

  it("leaves no file behind when recording a new image fails", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#00aa33" } })
      .png()
      .toBuffer();
    const before = { rows: (await rowsOf()).length, files: filesOf(productId) };
    media.failOutbox = true;
    await expect(upload(new Uint8Array(png), "Never recorded")).rejects.toThrow("outbox write failed");
    expect(await rowsOf()).toHaveLength(before.rows);
    expect(filesOf(productId)).toEqual(before.files);
  });

  it("takes a deleted product's image files with it; an archived product keeps them", async () => {
    const { deleteProductAction } = await import("@/app/admin/products/actions");
    const [unordered] = await db
      .insert(products)
      .values({ slug: "spare-tarp", name: "Spare Tarp", status: "draft" })
      .returning();
    const key = `products/${unordered!.id}/tarp.png`;
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#3300aa" } })
      .png()
      .toBuffer();
    const { mediaStorage } = await import("@/lib/storage");
    await mediaStorage.put(key, png, "image/png");
    await db
      .insert(productImages)
      .values({ productId: unordered!.id, path: key, width: 8, height: 8, alt: "Tarp", position: 0 });
    expect(await deleteProductAction({ id: unordered!.id })).toMatchObject({ ok: true, data: { deleted: true } });
    expect(hasFile(key)).toBe(false);
  });

  it("changes an image's alt text, and refuses an empty one", async () => {
    const image = await uploadOne("Blurry stove");
    const data = (alt: string) => {
      const form = new FormData();
      form.set("imageId", String(image.id));
      form.set("alt", alt);
      return form;
    };
    expect(await updateImageAltAction(data("   "))).toMatchObject({
      ok: false,
      fieldErrors: { alt: [expect.stringMatching(/Describe the image/)] },
    });
    expect(await updateImageAltAction(data("Camp stove, burner lit"))).toMatchObject({ ok: true });
    expect((await rowsOf()).find((r) => r.id === image.id)?.alt).toBe("Camp stove, burner lit");
  });
});
