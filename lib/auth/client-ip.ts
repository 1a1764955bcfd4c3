import { env } from "@/lib/env";

/**
 * The caller's IP for rate limiting. Each proxy in front of the app appends the address it
 * saw to x-forwarded-for, so only the last TRUSTED_PROXY_HOPS entries were written by
 * machines we trust; the entry at that depth is the client. Everything to its left came
 * from the client and could be made up (a fresh fake address per request would dodge the
 * per-IP limits). The default, 1, fits Vercel (which overwrites the header) and a single
 * reverse proxy; `next start` facing the internet directly fills the header only when the
 * client did not, so put a proxy in front of it.
 */
export function clientIp(headers: Headers, hops = env.TRUSTED_PROXY_HOPS): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const ip = chain[Math.max(0, chain.length - hops)] || headers.get("x-real-ip")?.trim() || "unknown";
  // Keep keys bounded and printable whatever a client sends.
  return ip.slice(0, 64).replace(/[^0-9A-Za-z.:_-]/g, "");
}
