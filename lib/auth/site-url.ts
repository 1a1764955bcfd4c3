import { env } from "@/lib/env";

/** An absolute link for an email (SITE_URL is the store's public address). */
export function absoluteUrl(pathWithQuery: string): string {
  return new URL(pathWithQuery, env.SITE_URL).toString();
}
