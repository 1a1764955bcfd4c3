import { isIPv6 } from "node:net";
import { env } from "@/lib/env";
import { stampedPeerAddress } from "@/lib/http";

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
 * Without any of these (a server that did not stamp), every caller shares one bucket. An IPv6
 * address counts by its /64: one host gets a whole /64 and could take a new address per request.
 */
export function clientIp(
  headers: Headers,
  { hops = env.TRUSTED_PROXY_HOPS, vercel = env.VERCEL }: ClientIpOptions = {},
): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const peer = stampedPeerAddress(headers);
  let ip: string | undefined;
  if (vercel) ip = headers.get("x-real-ip")?.trim() || forwarded[0];
  else if (hops === 0) ip = peer;
  else ip = forwarded[Math.max(0, forwarded.length - hops)] || peer;
  if (ip && isIPv6(ip)) return network64(ip);
  // Keep keys bounded and printable whatever a client sends.
  return (ip || "unknown").slice(0, 64).replace(/[^0-9A-Za-z.:_-]/g, "") || "unknown";
}

/** The /64 network of an IPv6 address, written the same way however the address was. */
function network64(ip: string): string {
  const [head = "", tail] = ip.split("%")[0]!.split("::");
  const groups = (part: string | undefined) =>
    part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : [];
  const front = groups(head);
  const back = groups(tail);
  const all =
    tail === undefined ? front : [...front, ...Array<string>(8 - front.length - back.length).fill("0"), ...back];
  return `${all
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}
