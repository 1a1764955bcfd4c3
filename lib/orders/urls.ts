import { absoluteUrl } from "@/lib/auth";

// Links to an order. The guest's links carry the access token; an account's order page
// works without it for its owner.

export function orderPath(number: string, token?: string): string {
  const base = `/orders/${encodeURIComponent(number)}`;
  return token ? `${base}?token=${encodeURIComponent(token)}` : base;
}

export function receiptPath(number: string, token?: string): string {
  const base = `/orders/${encodeURIComponent(number)}/receipt`;
  return token ? `${base}?token=${encodeURIComponent(token)}` : base;
}

/** The absolute link for emails and for Stripe's return URLs. */
export function orderUrl(number: string, token: string, query: Record<string, string> = {}): string {
  const url = new URL(absoluteUrl(orderPath(number)));
  url.searchParams.set("token", token);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.toString();
}
