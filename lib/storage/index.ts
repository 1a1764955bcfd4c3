import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// Media (product images, uploads) lives behind this interface so an S3-compatible store can
// be added by env. The local-disk default keeps files under DATA_DIR, not public/: Next only
// serves public/ files that existed at build time, and seeded images are made at run time.
export type StoredObject = { body: Buffer; contentType: string };

export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  exists(key: string): Promise<boolean>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Keys are lowercase path segments; anything else (.., absolute paths, NUL) is refused. */
export function isValidMediaKey(key: string): boolean {
  return key.length <= 300 && KEY.test(key) && !key.split("/").some((s) => s === "." || s === "..");
}

const contentTypes: Record<string, string> = {
  ".webp": "image/webp",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".avif": "image/avif",
  ".gif": "image/gif",
};

export function contentTypeFor(key: string): string {
  return contentTypes[path.extname(key).toLowerCase()] ?? "application/octet-stream";
}

export function localDiskStorage(root: string): MediaStorage {
  const fileFor = (key: string) => {
    if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, body) {
      const file = fileFor(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, body);
    },
    async get(key) {
      if (!isValidMediaKey(key)) return null;
      try {
        return { body: await readFile(fileFor(key)), contentType: contentTypeFor(key) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async exists(key) {
      if (!isValidMediaKey(key)) return false;
      return stat(fileFor(key)).then(
        () => true,
        () => false,
      );
    },
  };
}

export const mediaStorage: MediaStorage = localDiskStorage(path.join(env.DATA_DIR, "media"));

/** The URL a stored media key is served at (app/media/[...key]/route.ts). */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}
