import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDiskStorage } from "@/lib/storage/local-disk";
import type { MediaStorage } from "@/lib/storage/media-key";
import { s3Storage } from "@/lib/storage/s3";
import { startFakeS3 } from "./helpers/fake-s3";

// One contract, every media driver: local disk in a temp folder, and the S3-compatible driver
// through the AWS SDK against a local server that speaks S3's REST protocol and checks SigV4.

type Harness = { storage: MediaStorage; stored(): Promise<number>; close(): Promise<void> };

async function localHarness(): Promise<Harness> {
  const root = await mkdtemp(path.join(tmpdir(), "media-contract-"));
  const storage = localDiskStorage(path.join(root, "media"));
  return {
    storage,
    // Counts every file under the temp folder, so a write outside media/ is counted too.
    stored: async () =>
      (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length,
    close: () => rm(root, { recursive: true, force: true }),
  };
}

async function s3Harness(): Promise<Harness> {
  const fake = await startFakeS3({ bucket: "contract-media", region: "eu-west-1" });
  const storage = s3Storage({
    bucket: fake.bucket,
    region: fake.region,
    endpoint: fake.url,
    credentials: fake.credentials,
    forcePathStyle: true,
  });
  return { storage, stored: async () => fake.objects.size, close: fake.close };
}

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
]);
const webp = Buffer.from("RIFF\0\0\0\0WEBPVP8 made up bytes");
let n = 0;
const freshKey = (ext = "png") => `products/${++n}/${Date.now().toString(36)}-${n}.${ext}`;

describe.each([
  ["local disk", localHarness],
  ["S3 (fake server)", s3Harness],
] as const)("media storage contract: %s", (_name, createHarness) => {
  let harness: Harness;
  let storage: MediaStorage;
  beforeAll(async () => {
    harness = await createHarness();
    storage = harness.storage;
  });
  afterAll(async () => harness?.close());

  it("holds nothing under a key never used", async () => {
    const key = freshKey();
    expect(await storage.get(key)).toBeNull();
    expect(await storage.exists(key)).toBe(false);
  });

  it("gives back the exact bytes and content type it was given", async () => {
    const key = freshKey();
    await storage.put(key, png, "image/png");
    expect(await storage.exists(key)).toBe(true);
    const object = await storage.get(key);
    expect(object?.contentType).toBe("image/png");
    expect(object?.body.equals(png)).toBe(true);

    const other = freshKey("webp");
    await storage.put(other, webp, "image/webp");
    expect(await storage.get(other)).toEqual({ body: webp, contentType: "image/webp" });
    expect((await storage.get(key))?.body.equals(png)).toBe(true);
  });

  it("replaces what a key held when it is written again", async () => {
    const key = freshKey("webp");
    await storage.put(key, Buffer.from("RIFF\0\0\0\0WEBPfirst"), "image/webp");
    await storage.put(key, webp, "image/webp");
    expect((await storage.get(key))?.body.equals(webp)).toBe(true);
  });

  it("deletes, and deleting again or a key never used is fine", async () => {
    const key = freshKey();
    const neighbour = freshKey();
    await storage.put(key, png, "image/png");
    await storage.put(neighbour, png, "image/png");
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
    await expect(storage.delete(freshKey())).resolves.toBeUndefined();
    expect(await storage.exists(neighbour)).toBe(true);
  });

  it("treats a key's folder as holding nothing", async () => {
    const key = freshKey();
    await storage.put(key, png, "image/png");
    const folder = key.slice(0, key.lastIndexOf("/"));
    expect(await storage.get(folder)).toBeNull();
    expect(await storage.exists(folder)).toBe(false);
  });

  it.each([
    "../escape.png",
    "products/../../escape.png",
    "/etc/escape.png",
    "Products/Photo.PNG",
    "a//b.png",
    "a/./b.png",
    "",
    "a\0.png",
  ])("refuses the invalid key %j and stores nothing", async (key) => {
    const before = await harness.stored();
    await expect(storage.put(key, png, "image/png")).rejects.toThrow(/Invalid media key/);
    await expect(storage.delete(key)).rejects.toThrow(/Invalid media key/);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.exists(key)).toBe(false);
    expect(await harness.stored()).toBe(before);
  });

  it("refuses a content type that disagrees with the key's extension", async () => {
    const key = freshKey("png");
    await expect(storage.put(key, png, "text/html")).rejects.toThrow(/holds image\/png, not text\/html/);
    expect(await storage.exists(key)).toBe(false);
  });
});
