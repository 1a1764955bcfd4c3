import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getSitemapEntries, absoluteUrl, categoryPath, productPath } from "@/lib/catalog";
import { env } from "@/lib/env";

// Per request (from the tagged cache), so its URLs follow the SITE_URL the server runs with.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
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
