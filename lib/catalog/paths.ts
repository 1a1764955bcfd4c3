// Storefront URLs in one place, so links, canonicals and the sitemap cannot drift apart.
// Slugs come from the database; encoding keeps a bad one from breaking out of its segment.

export function categoryPath(slug: string): string {
  return `/categories/${encodeURIComponent(slug)}`;
}

export function productPath(slug: string, variant?: { id: number }): string {
  const path = `/products/${encodeURIComponent(slug)}`;
  return variant ? `${path}?variant=${variant.id}` : path;
}

/** An absolute URL on the site, e.g. for sitemaps, JSON-LD and Open Graph. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).toString();
}
