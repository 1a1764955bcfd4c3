import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";

export type ClientIpOptions = {
  /** How many proxies the deployment has in front of `next start` (TRUSTED_PROXY_HOPS). */
  hops?: number;
  /** On Vercel, whose edge overwrites the forwarding headers with the client's address. */
  vercel?: boolean;
};

/**
 * The caller's IP for rate limiting. A header the client wrote would let it take a fresh
 * address per request and dodge every per-IP limit, so:
 * - with no proxy (TRUSTED_PROXY_HOPS=0, the default), the address that opened the
 *   connection, which the Node server stamps on each request (lib/http/peer-address.ts);
 * - behind N proxies, each appends the address it saw to x-forwarded-for, so only the last
 *   N entries were written by machines we trust, and the entry at that depth is the client
 *   (anything to its left came from the client);
 * - on Vercel, its x-real-ip / x-forwarded-for, which it overwrites.
 * Without any of these (a server that did not stamp), every caller shares one bucket.
 */
export function clientIp(headers: Headers, { hops = env.TRUSTED_PROXY_HOPS, vercel = env.VERCEL }: ClientIpOptions = {}): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim();
  let ip: string | undefined;
  if (vercel) ip = headers.get("x-real-ip")?.trim() || forwarded[0];
  else if (hops === 0) ip = peer;
  else ip = forwarded[Math.max(0, forwarded.length - hops)] || peer;
  // Keep keys bounded and printable whatever a client sends.
  return (ip || "unknown").slice(0, 64).replace(/[^0-9A-Za-z.:_-]/g, "") || "unknown";
}
