import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/catalog";
import { env } from "@/lib/env";

// Per request so the sitemap link follows the SITE_URL the server runs with, not the one
// present at build time.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/cart", "/checkout"] },
    sitemap: absoluteUrl("/sitemap.xml", env.SITE_URL),
  };
}
