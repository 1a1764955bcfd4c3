import "server-only";
import { mediaUrl } from "@/lib/storage";
import type { CatalogImage } from "./types";

// Raw SQL rows come back slightly differently from PGlite and postgres.js (timestamps as
// Date or string); these helpers turn them into the JSON shapes in ./types.

export function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number") return new Date(value).toISOString();
  throw new TypeError(`Expected a timestamp, got ${typeof value}`);
}

/** Stored images are media keys; a path that is already a URL path is kept as it is. */
export function imageUrl(path: string): string {
  return path.startsWith("/") ? path : mediaUrl(path);
}

export type ImageColumns = {
  imagePath: string | null;
  imageAlt: string | null;
  imageWidth: number | null;
  imageHeight: number | null;
};

export function toImage(row: ImageColumns): CatalogImage | null {
  if (!row.imagePath) return null;
  return {
    url: imageUrl(row.imagePath),
    alt: row.imageAlt ?? "",
    width: Number(row.imageWidth) || 1,
    height: Number(row.imageHeight) || 1,
  };
}
