// Slugs appear in URLs and are unique per table, so they are kept to a small, predictable
// alphabet: lowercase ASCII letters, digits and single hyphens between them.
export const SLUG_MAX_LENGTH = 80;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Crème Brûlée — 2 Pack!" → "creme-brulee-2-pack". May return "" for input with no letters or digits. */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = text
    .normalize("NFKD")
    // Combining marks left behind by NFKD decomposition (é → e + ◌́).
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/æ/gi, "ae")
    .replace(/ø/gi, "o")
    .replace(/&/g, " and ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Cut at the limit, then drop a trailing hyphen the cut may have exposed.
  return slug.slice(0, maxLength).replace(/-+$/, "");
}

export function isValidSlug(value: string, maxLength = SLUG_MAX_LENGTH): boolean {
  return value.length > 0 && value.length <= maxLength && SLUG.test(value);
}
