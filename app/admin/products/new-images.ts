import "server-only";
import { z } from "zod";
import { AdminError, checkImage } from "@/lib/admin";
import type { ProductOptionInput } from "@/lib/admin/client";

// The images a product form uploads with the product (before its first save): a file, its alt
// text and the option values it shows ("" for every variant, else {"Colour":"Black"}).

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const newImageFields = {
  newImage: list(z.union([z.instanceof(File), z.string()])),
  newImageAlt: list(z.string().trim().max(300)),
  newImageFor: list(z.string().max(500)),
};

type NewImageValues = { newImage: (File | string)[]; newImageAlt: string[]; newImageFor: string[] };
type NewImage = { bytes: Uint8Array; alt: string; forOptions?: Record<string, string> };

export async function readNewImages(
  values: NewImageValues,
  options: ProductOptionInput[],
): Promise<{ ok: true; images: NewImage[] } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const errors: Record<string, string[]> = {};
  const images: NewImage[] = [];
  for (const [i, file] of values.newImage.entries()) {
    // A row left without a file posts an empty one: nothing to upload.
    if (typeof file === "string" || file.size === 0) continue;
    const alt = values.newImageAlt[i] ?? "";
    if (!alt) errors[`newImageAlt.${i}`] = ["Describe the image for people who cannot see it."];
    const forOptions = parseFor(values.newImageFor[i] ?? "", options);
    if (forOptions === null)
      errors[`newImageFor.${i}`] = ["Choose all variants or one of the product's option values."];
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      await checkImage(bytes, `newImage.${i}`);
    } catch (error) {
      if (!(error instanceof AdminError)) throw error;
      Object.assign(errors, error.refusal.fields);
    }
    images.push({ bytes, alt, ...(forOptions ? { forOptions } : {}) });
  }
  return Object.keys(errors).length ? { ok: false, fieldErrors: errors } : { ok: true, images };
}

/** "" → undefined (all variants); {"Colour":"Black"} → itself when Black is a Colour; else null. */
function parseFor(text: string, options: ProductOptionInput[]): Record<string, string> | undefined | null {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const entries = Object.entries(value as Record<string, unknown>);
    const fits = entries.every(
      ([k, v]) => typeof v === "string" && options.some((o) => o.name === k && o.values.includes(v)),
    );
    return fits && entries.length > 0 ? (value as Record<string, string>) : null;
  } catch {
    return null;
  }
}
