import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { createMediaStorage, mediaUrlFor } from "@/lib/storage";
import { type FakeS3, startFakeS3 } from "./helpers/fake-s3";

// The media driver is chosen by env in one place (lib/storage/index.ts), and a half-made S3
// configuration fails at start naming the variable that is missing.

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
let fake: FakeS3;
let dataDir: string;
beforeAll(async () => {
  fake = await startFakeS3({ region: "auto" });
  dataDir = await mkdtemp(path.join(tmpdir(), "media-env-"));
});
afterAll(async () => {
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const s3Env = () => ({
  DATA_DIR: dataDir,
  S3_BUCKET: fake.bucket,
  S3_REGION: fake.region,
  S3_ENDPOINT: fake.url,
  S3_ACCESS_KEY_ID: fake.credentials.accessKeyId,
  S3_SECRET_ACCESS_KEY: fake.credentials.secretAccessKey,
  S3_FORCE_PATH_STYLE: "true",
});

describe("media storage chosen by env", () => {
  it("keeps files on local disk under DATA_DIR/media when no bucket is set", async () => {
    const storage = createMediaStorage(parseEnv({ DATA_DIR: dataDir }));
    await storage.put("products/3/local.png", png, "image/png");
    expect(await readFile(path.join(dataDir, "media/products/3/local.png"))).toEqual(png);
    expect(fake.objects.size).toBe(0);
  });

  it("writes to the bucket when S3_BUCKET is set, under the same keys", async () => {
    const storage = createMediaStorage(parseEnv(s3Env()));
    await storage.put("products/3/remote.png", png, "image/png");
    expect(fake.objects.get("products/3/remote.png")?.body).toEqual(png);
    expect(await storage.get("products/3/local.png")).toBeNull();
    await expect(readFile(path.join(dataDir, "media/products/3/remote.png"))).rejects.toThrow(/ENOENT/);
  });

  it("serves through /media unless a public URL is set", () => {
    expect(mediaUrlFor(parseEnv({}), "products/3/a.png")).toBe("/media/products/3/a.png");
    expect(
      mediaUrlFor(parseEnv({ ...s3Env(), S3_PUBLIC_URL: "https://cdn.example.com/shop/" }), "products/3/a.png"),
    ).toBe("https://cdn.example.com/shop/products/3/a.png");
  });
});

describe("S3 env validation", () => {
  const fails = (source: Record<string, string>) => () => parseEnv(source);

  it("accepts a full configuration, and none", () => {
    expect(parseEnv(s3Env())).toMatchObject({ S3_BUCKET: fake.bucket, S3_FORCE_PATH_STYLE: true });
    expect(parseEnv({}).S3_BUCKET).toBeUndefined();
  });

  it("names the missing half of the key pair", () => {
    expect(fails({ ...s3Env(), S3_SECRET_ACCESS_KEY: "" })).toThrow(
      "S3_SECRET_ACCESS_KEY: is required when S3_ACCESS_KEY_ID is set",
    );
    expect(fails({ ...s3Env(), S3_ACCESS_KEY_ID: " " })).toThrow(
      "S3_ACCESS_KEY_ID: is required when S3_SECRET_ACCESS_KEY is set",
    );
  });

  it("needs a region with a bucket, and a bucket with any other S3 setting", () => {
    expect(fails({ S3_BUCKET: "shop-media" })).toThrow("S3_REGION: is required when S3_BUCKET is set");
    expect(fails({ S3_ENDPOINT: "https://r2.example.com", S3_REGION: "auto" })).toThrow(
      "S3_BUCKET: is required when S3_REGION is set",
    );
    expect(fails({ S3_PUBLIC_URL: "https://cdn.example.com" })).toThrow(
      "S3_BUCKET: is required when S3_PUBLIC_URL is set",
    );
  });

  it("refuses a malformed bucket name or URL", () => {
    expect(fails({ ...s3Env(), S3_BUCKET: "Shop_Media" })).toThrow(/S3_BUCKET: must be an S3 bucket name/);
    expect(fails({ ...s3Env(), S3_ENDPOINT: "r2.example.com" })).toThrow(/S3_ENDPOINT: must be a URL/);
    expect(fails({ ...s3Env(), S3_PUBLIC_URL: "ftp://cdn.example.com" })).toThrow(/S3_PUBLIC_URL: must be a URL/);
  });
});
