import path from "node:path";
import { env, type Env } from "@/lib/env";
import { localDiskStorage } from "./local-disk";
import type { MediaStorage } from "./media-key";
import { s3Storage } from "./s3";

export { isValidMediaKey, type MediaStorage } from "./media-key";
export { localDiskStorage } from "./local-disk";

type StorageEnv = Pick<
  Env,
  | "DATA_DIR"
  | "S3_BUCKET"
  | "S3_REGION"
  | "S3_ENDPOINT"
  | "S3_ACCESS_KEY_ID"
  | "S3_SECRET_ACCESS_KEY"
  | "S3_FORCE_PATH_STYLE"
>;

/**
 * The one place the media driver is chosen (docs/architecture.md, run modes): an S3-compatible bucket
 * when S3_BUCKET is set (lib/env.ts has checked its region and key pair), else local disk
 * under DATA_DIR/media. Keys are the same in both, so stored rows do not change.
 */
export function createMediaStorage(config: StorageEnv): MediaStorage {
  if (config.S3_BUCKET && config.S3_REGION) {
    const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
    return s3Storage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return localDiskStorage(path.join(config.DATA_DIR, "media"));
}

export const mediaStorage: MediaStorage = createMediaStorage(env);

/**
 * The URL a stored media key is served at: the bucket's public (CDN) URL when S3_PUBLIC_URL
 * is set, else app/media/[...key]/route.ts, which streams from whichever driver is chosen.
 */
export function mediaUrlFor(config: Pick<Env, "S3_PUBLIC_URL">, key: string): string {
  return config.S3_PUBLIC_URL ? `${config.S3_PUBLIC_URL.replace(/\/+$/, "")}/${key}` : `/media/${key}`;
}

export function mediaUrl(key: string): string {
  return mediaUrlFor(env, key);
}

export { MAX_IMAGE_BYTES, detectImageType, freshMediaKey } from "./image-upload";
