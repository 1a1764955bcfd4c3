/**
 * The caller's IP for rate limiting. Behind Vercel or a proxy that overwrites
 * x-forwarded-for, its first entry is the client; `next start` sets it from the socket
 * when absent. A spoofed value only moves an attacker between per-IP buckets: the
 * per-account limits do not depend on it.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || "unknown";
  // Keep keys bounded and printable whatever a client sends.
  return ip.slice(0, 64).replace(/[^0-9A-Za-z.:_-]/g, "");
}
