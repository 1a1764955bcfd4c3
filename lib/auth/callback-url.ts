/**
 * A post-login destination we are willing to redirect to: a path on this site. Rejects
 * absolute URLs, protocol-relative `//evil.example`, backslash tricks (`/\evil`), control
 * characters, and anything that becomes one of those once decoded or normalised (`/.//evil`
 * is the path `//evil`; `/%2F/evil` and `/%5Cevil` are slashes in disguise): the path is
 * checked as it will be sent, after normalising, and the one helper every redirect uses.
 */
export function safeCallbackUrl(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!isLocalPath(value) || /%(2f|5c)/i.test(value)) return fallback;
  try {
    const base = "http://storefront.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!isLocalPath(path) || !isLocalPath(decodeURIComponent(url.pathname))) return fallback;
    // Never bounce back into the auth pages themselves.
    if (/^\/(login|register|api\/auth)(\/|$)/.test(url.pathname)) return fallback;
    return path;
  } catch {
    return fallback; // a malformed escape: no destination
  }
}

function isLocalPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.includes("\\") && !/[\u0000-\u001f\u007f]/.test(path);
}

/** `/login?callbackUrl=…` for a page that needs a signed-in user. */
export function loginUrl(returnTo: string): string {
  return `/login?${new URLSearchParams({ callbackUrl: safeCallbackUrl(returnTo, "/account") })}`;
}
