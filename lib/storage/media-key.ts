import path from "node:path";

// Media (product images, uploads) lives behind this interface so the store can keep files on
// local disk (the embedded default) or in an S3-compatible bucket, chosen by env (./index.ts).
export type StoredObject = { body: Buffer; contentType: string };

/**
 * Every driver passes tests/storage-contract.test.ts. Keys are refused by put and delete when
 * invalid (see isValidMediaKey); get and exists treat them as absent, since they come from URLs.
 * A key's extension fixes its content type, so local disk needs no metadata beside the file
 * and no driver can be made to serve, say, text/html from a media URL.
 */
export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  exists(key: string): Promise<boolean>;
  /** Idempotent: deleting a key that holds nothing succeeds. */
  delete(key: string): Promise<void>;
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

export function assertValidMediaKey(key: string): void {
  if (!isValidMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
}

export function assertValidPut(key: string, contentType: string): void {
  assertValidMediaKey(key);
  const expected = contentTypeFor(key);
  if (contentType !== expected) throw new Error(`Media key ${key} holds ${expected}, not ${contentType}`);
}
