import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertValidMediaKey, assertValidPut, contentTypeFor, isValidMediaKey, type MediaStorage } from "./media-key";

export type S3StorageConfig = {
  bucket: string;
  region: string;
  /** For S3-compatible stores (Cloudflare R2, MinIO); unset means AWS S3. */
  endpoint?: string;
  /** Both or neither; neither uses the SDK's default credential chain (e.g. an IAM role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle?: boolean;
};

// Keys are fresh per upload and never rewritten, so a CDN in front of the bucket may cache forever.
const CACHE_CONTROL = "public, max-age=31536000, immutable";

const isMissing = (error: unknown, names: string[]) =>
  error instanceof S3ServiceException && names.includes(error.name);

export function s3Storage(config: S3StorageConfig): MediaStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // The SDK's default CRC checksums on every upload are not accepted by every S3-compatible
    // store; SigV4 already covers the payload's SHA-256 and TLS the transport.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // Without timeouts a stalled store would hang the request that serves or uploads an image.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });
  const Bucket = config.bucket;
  return {
    async put(key, body, contentType) {
      assertValidPut(key, contentType);
      await client.send(
        new PutObjectCommand({ Bucket, Key: key, Body: body, ContentType: contentType, CacheControl: CACHE_CONTROL }),
      );
    },
    async get(key) {
      if (!isValidMediaKey(key)) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        // The type comes from the key, not the bucket, whoever else wrote to it.
        return { body: Buffer.from(await object.Body.transformToByteArray()), contentType: contentTypeFor(key) };
      } catch (error) {
        if (isMissing(error, ["NoSuchKey"])) return null;
        throw error;
      }
    },
    async exists(key) {
      if (!isValidMediaKey(key)) return false;
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        // A HEAD response has no body, so a 404 arrives as NotFound whatever was missing.
        if (isMissing(error, ["NotFound", "NoSuchKey"])) return false;
        throw error;
      }
    },
    async delete(key) {
      assertValidMediaKey(key);
      // S3 answers 204 for a key that holds nothing, which makes this idempotent.
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
