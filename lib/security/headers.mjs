// Security headers for every response, and the two Content-Security-Policies. Plain ESM because
// next.config.mjs imports it too (it cannot import TypeScript); proxy.ts imports it through
// lib/security. Types in headers.d.mts. Why two policies: docs/architecture.md, "Security".

/**
 * @typedef {object} PolicySources
 * @property {boolean} dev `next dev`: React rebuilds server error stacks with eval.
 * @property {string[]} images Origins besides ours that pages show images from (the media CDN).
 * @property {string[]} formTargets Origins besides ours that a form submission may end on.
 */

/** @param {string | undefined} url */
function originOf(url) {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined; // lib/env rejects it at start, naming the variable.
  }
}

/**
 * What the policies allow beyond our own origin, from the environment (process.env in
 * next.config, the validated env in the proxy: the same names either way).
 * @param {Record<string, string | boolean | number | string[] | undefined>} env
 * @returns {PolicySources}
 */
export function policySources(env) {
  const str = (/** @type {string} */ key) =>
    typeof env[key] === "string" && env[key] !== "" ? /** @type {string} */ (env[key]) : undefined;
  const images = [originOf(str("S3_PUBLIC_URL"))];
  // Without JavaScript (or before hydration) a form posts to our server action, which answers
  // with a redirect to Stripe Checkout or to the OAuth provider. Chromium applies form-action
  // to the redirects after a submission, so those origins must be listed. STRIPE_API_URL is a
  // stand-in for Stripe's API (tests): its checkout pages live on the same origin.
  const formTargets = [
    str("STRIPE_SECRET_KEY") ? (originOf(str("STRIPE_API_URL")) ?? "https://checkout.stripe.com") : undefined,
    str("AUTH_GITHUB_ID") ? "https://github.com" : undefined,
    str("AUTH_GOOGLE_ID") ? "https://accounts.google.com" : undefined,
  ];
  const defined = (/** @type {(string | undefined)[]} */ list) => [...new Set(list.filter((v) => v !== undefined))];
  return { dev: env.NODE_ENV === "development", images: defined(images), formTargets: defined(formTargets) };
}

/**
 * @param {string} scripts
 * @param {PolicySources} sources
 */
function policy(scripts, sources) {
  return [
    "default-src 'self'",
    `script-src ${scripts}${sources.dev ? " 'unsafe-eval'" : ""}`,
    // Styles stay 'unsafe-inline' on every page: React writes style attributes (next/image),
    // pages render <style> elements without a nonce (the receipt's print rules, the no-script
    // rules), and the mailbox's email preview (a srcdoc frame, which inherits this policy) is
    // all inline styles. A style cannot run code; the scripts are what the nonce guards.
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...sources.images].join(" "),
    "font-src 'self'",
    // The browser only ever calls our own routes (/api/visitor, server actions, RSC payloads).
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...sources.formTargets].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of the cached catalog pages (home, categories, products, search, static pages)
 * and of every response the proxy does not see. A cached page is the same bytes for everyone,
 * so it cannot carry a per-request nonce; and Next streams its data as inline scripts
 * (`self.__next_f.push(…)`) whose text differs per page and per render, so hashes cannot list
 * them either. Hence 'unsafe-inline' for scripts here: what stays locked down is everything
 * else (no plugins, no <base>, forms post only to us, no framing, images and connections only
 * from known origins).
 * @param {PolicySources} sources
 */
export function catalogPolicy(sources) {
  return policy("'self' 'unsafe-inline'", sources);
}

// The one inline script React writes into a prerendered shell without a nonce (its reveal
// timer; react-dom's server build, `shellTimeRuntimeScript`). Fixed text, so its hash is fixed;
// headers.test.ts fails if a React upgrade changes it.
export const SHELL_TIMER_SCRIPT = "requestAnimationFrame(function(){$RT=performance.now()});";
const SHELL_TIMER_HASH = "'sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs='";

/**
 * The strict policy of pages rendered per request (cart, checkout, account, admin, login …):
 * no inline script runs unless it carries this request's nonce (Next adds it to its own when
 * it finds it in the request's policy header), no eval, and script files only from our origin.
 *
 * Not 'strict-dynamic': with it a browser ignores 'self', and several of these pages
 * (checkout, an order, anything under a loading.tsx or a [param]) are partly prerendered: their
 * static shell, <script src> tags included, is rendered once, cached, and served to every later
 * request with the first request's nonce in it. Under 'strict-dynamic' those tags are refused
 * and the page never hydrates; under 'self' they load. 'self' is safe to trust because nothing
 * on our origin answers with a script a visitor controls: uploads (/media) and JSON routes are
 * served with their own content type and `nosniff`, which a browser will not run as a script.
 * @param {string} nonce
 * @param {PolicySources} sources
 */
export function noncePolicy(nonce, sources) {
  return policy(`'self' 'nonce-${nonce}' ${SHELL_TIMER_HASH}`, sources);
}

// Powerful features no page of the store uses. Card payments happen on Stripe's own pages
// (a redirect), so `payment` is off here too. Only features Chromium knows: an unknown name
// is logged as an error on every page.
const permissionsPolicy = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

// A year; not includeSubDomains: other hosts under the store's domain are not ours to decide.
export const HSTS_VALUE = "max-age=31536000";

/**
 * The rules for next.config's headers(): every response gets the static headers and the
 * catalog policy (the proxy replaces the policy on the pages it renders with a nonce; its
 * header wins over these). HSTS only in production and only over https: always when the
 * public URL is https, otherwise when the request came over https (X-Forwarded-Proto from
 * the load balancer); browsers ignore it over plain http anyway.
 * @param {Record<string, string | boolean | number | string[] | undefined>} env
 */
export function securityHeaderRoutes(env) {
  const sources = policySources(env);
  const headers = [
    { key: "Content-Security-Policy", value: catalogPolicy(sources) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: permissionsPolicy },
  ];
  const hsts = { key: "Strict-Transport-Security", value: HSTS_VALUE };
  const production = env.NODE_ENV === "production";
  const httpsSite = typeof env.SITE_URL === "string" && env.SITE_URL.startsWith("https:");
  return [
    { source: "/:path*", headers: production && httpsSite ? [...headers, hsts] : headers },
    ...(production && !httpsSite
      ? [
          {
            source: "/:path*",
            has: [{ type: /** @type {const} */ ("header"), key: "x-forwarded-proto", value: "https" }],
            headers: [hsts],
          },
        ]
      : []),
  ];
}
