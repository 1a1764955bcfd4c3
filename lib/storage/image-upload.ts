import { randomBytes } from "node:crypto";

// Uploads are trusted by their bytes, never by the file name or the browser's MIME type.
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export type ImageKind = { ext: "jpg" | "png" | "webp" | "gif" | "avif"; contentType: string };

/** The image type from the file's magic bytes, or null for anything else. */
export function detectImageType(bytes: Uint8Array): ImageKind | null {
  const at = (offset: number, signature: number[]) => signature.every((b, i) => bytes[offset + i] === b);
  const ascii = (offset: number, text: string) =>
    at(
      offset,
      [...text].map((c) => c.charCodeAt(0)),
    );
  if (at(0, [0xff, 0xd8, 0xff])) return { ext: "jpg", contentType: "image/jpeg" };
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ext: "png", contentType: "image/png" };
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return { ext: "webp", contentType: "image/webp" };
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return { ext: "gif", contentType: "image/gif" };
  if (ascii(4, "ftypavif") || ascii(4, "ftypavis")) return { ext: "avif", contentType: "image/avif" };
  return null;
}

/** A fresh key per upload, so a replaced image never serves a cached old file. */
export function freshMediaKey(prefix: string, ext: string): string {
  return `${prefix}/${Date.now().toString(36)}-${randomBytes(8).toString("hex")}.${ext}`;
}
