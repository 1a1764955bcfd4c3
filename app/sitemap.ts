import type { MetadataRoute } from "next";
import { getSitemapEntries } from "@/lib/catalog";
import { absoluteUrl, categoryPath, productPath } from "@/lib/catalog/paths";
import { env } from "@/lib/env";

// Built per request (from the tagged cache), never at build time: `next build` must not
// open the database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { categories, products } = await getSitemapEntries();
  const url = (path: string) => absoluteUrl(path, env.SITE_URL);
  return [
    { url: url("/"), changeFrequency: "daily", priority: 1 },
    ...categories.map((c) => ({
      url: url(categoryPath(c.slug)),
      lastModified: c.updatedAt,
      changeFrequency: "daily" as const,
      priority: 0.8,
    })),
    ...products.map((p) => ({
      url: url(productPath(p.slug)),
      lastModified: p.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.6,
    })),
  ];
}
