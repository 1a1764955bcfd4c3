import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3Storage, type S3StorageConfig } from "@/lib/storage/s3";
import { type FakeS3, startFakeS3 } from "./helpers/fake-s3";

// What only the S3 driver has to get right, beyond the shared contract
// (tests/storage-contract.test.ts): signing, object headers, and which errors mean "absent".

let fake: FakeS3;
let config: S3StorageConfig;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

beforeAll(async () => {
  fake = await startFakeS3();
  config = {
    bucket: fake.bucket,
    region: fake.region,
    endpoint: fake.url,
    credentials: fake.credentials,
    forcePathStyle: true,
  };
});
afterAll(async () => fake?.close());

describe("S3 media driver", () => {
  it("stores objects path-style with their content type and a long immutable cache lifetime", async () => {
    await s3Storage(config).put("products/1/a1-b2.png", png, "image/png");
    expect(fake.requests.at(-1)).toBe(`PUT /${fake.bucket}/products/1/a1-b2.png`);
    expect(fake.objects.get("products/1/a1-b2.png")).toMatchObject({
      body: png,
      contentType: "image/png",
      cacheControl: "public, max-age=31536000, immutable",
    });
  });

  it("is refused with the wrong secret, region or bucket, and stores nothing", async () => {
    const before = fake.objects.size;
    const wrongSecret = s3Storage({
      ...config,
      credentials: { ...fake.credentials, secretAccessKey: "not-the-secret" },
    });
    await expect(wrongSecret.put("products/1/x.png", png, "image/png")).rejects.toMatchObject({
      name: "SignatureDoesNotMatch",
    });
    const wrongKey = s3Storage({ ...config, credentials: { ...fake.credentials, accessKeyId: "AKIAUNKNOWN" } });
    await expect(wrongKey.put("products/1/x.png", png, "image/png")).rejects.toMatchObject({
      name: "InvalidAccessKeyId",
    });
    await expect(
      s3Storage({ ...config, region: "ap-south-1" }).put("products/1/x.png", png, "image/png"),
    ).rejects.toMatchObject({ name: "AuthorizationHeaderMalformed" });
    // A missing bucket is a misconfiguration: it throws rather than reading as "no such image".
    await expect(s3Storage({ ...config, bucket: "other-bucket" }).get("products/1/a1-b2.png")).rejects.toMatchObject({
      name: "NoSuchBucket",
    });
    expect(fake.objects.size).toBe(before);
  });

  it("the fake refuses requests that are not signed with SigV4", async () => {
    const response = await fetch(`${fake.url}/${fake.bucket}/products/1/a1-b2.png`);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("<Code>AccessDenied</Code>");
    const put = await fetch(`${fake.url}/${fake.bucket}/products/1/forged.png`, {
      method: "PUT",
      body: png,
      headers: { authorization: "Bearer nope" },
    });
    expect(put.status).toBe(400);
    expect(fake.objects.has("products/1/forged.png")).toBe(false);
  });

  it("throws on errors that do not mean absent, and retries a throttled request", async () => {
    const storage = s3Storage(config);
    fake.failNext(1, 403, "AccessDenied");
    await expect(storage.get("products/1/a1-b2.png")).rejects.toMatchObject({ name: "AccessDenied" });
    fake.failNext(1, 403, "AccessDenied");
    await expect(storage.exists("products/1/a1-b2.png")).rejects.toThrow();
    fake.failNext(1, 503, "SlowDown");
    expect((await storage.get("products/1/a1-b2.png"))?.body.equals(png)).toBe(true);
  });

  it("sends nothing for a key it refuses", async () => {
    const count = fake.requests.length;
    expect(await s3Storage(config).get("../../other-bucket/secret.png")).toBeNull();
    expect(await s3Storage(config).exists("../../other-bucket/secret.png")).toBe(false);
    expect(fake.requests.length).toBe(count);
  });
});
