/**
 * A post-login destination we are willing to redirect to: a path on this site. Rejects
 * absolute URLs, protocol-relative `//evil.example`, backslash tricks (`/\evil`) and
 * control characters, which browsers may normalise into another origin.
 */
export function safeCallbackUrl(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const base = "http://storefront.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    // Never bounce back into the auth pages themselves.
    if (/^\/(login|register|api\/auth)(\/|$)/.test(url.pathname)) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** `/login?callbackUrl=…` for a page that needs a signed-in user. */
export function loginUrl(returnTo: string): string {
  return `/login?${new URLSearchParams({ callbackUrl: safeCallbackUrl(returnTo, "/account") })}`;
}
