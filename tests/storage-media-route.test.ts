import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type FakeS3, startFakeS3 } from "./helpers/fake-s3";

// /media/<key> streams from whichever driver env chose; here the S3 one, against the fake.

let fake: FakeS3;
let GET: typeof import("@/app/media/[...key]/route").GET;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 4, 2]);

beforeAll(async () => {
  fake = await startFakeS3();
  Object.assign(process.env, {
    S3_BUCKET: fake.bucket,
    S3_REGION: fake.region,
    S3_ENDPOINT: fake.url,
    S3_ACCESS_KEY_ID: fake.credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: fake.credentials.secretAccessKey,
    S3_FORCE_PATH_STYLE: "1",
  });
  // lib/env reads process.env once, on first import (the database setup already did): import
  // it afresh, with the route, after setting it.
  vi.resetModules();
  ({ GET } = await import("@/app/media/[...key]/route"));
  fake.objects.set("products/9/abc.png", {
    body: png,
    contentType: "image/png",
    cacheControl: undefined,
    etag: '"x"',
    lastModified: new Date(),
  });
});
afterAll(async () => {
  for (const name of [
    "S3_BUCKET",
    "S3_REGION",
    "S3_ENDPOINT",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_FORCE_PATH_STYLE",
  ])
    delete process.env[name];
  await fake?.close();
});

const get = (key: string) =>
  GET(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key: key.split("/") }) });

describe("/media route on the S3 driver", () => {
  it("serves the object's bytes with its type and a long immutable cache", async () => {
    const response = await get("products/9/abc.png");
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(fake.requests.at(-1)).toBe(`GET /${fake.bucket}/products/9/abc.png`);
  });

  it("answers 404 for a missing or invalid key", async () => {
    expect((await get("products/9/missing.png")).status).toBe(404);
    expect((await get("../secret.png")).status).toBe(404);
  });
});
