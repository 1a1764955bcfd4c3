import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { catalogPolicy, noncePolicy, policySources, SHELL_TIMER_SCRIPT, securityHeaderRoutes } from "./headers.mjs";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("the two Content-Security-Policies", () => {
  const sources = policySources({ NODE_ENV: "production" });

  it("run on pages rendered per request no inline script without this request's nonce, no eval, and files only from us", () => {
    const scripts = directives(noncePolicy("abc123", sources)).get("script-src");
    expect(scripts).toEqual(["'self'", "'nonce-abc123'", expect.stringMatching(/^'sha256-/)]);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    // 'strict-dynamic' would make browsers ignore 'self', refusing a prerendered shell's scripts.
    expect(scripts).not.toContain("'strict-dynamic'");
  });

  it("allow by hash the one inline script React writes into a prerendered shell without a nonce", () => {
    const hash = createHash("sha256").update(SHELL_TIMER_SCRIPT).digest("base64");
    expect(directives(noncePolicy("n", sources)).get("script-src")).toContain(`'sha256-${hash}'`);
    const reactServer = readFileSync(
      createRequire(import.meta.url).resolve("next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js"),
      "utf8",
    );
    expect(reactServer).toContain(JSON.stringify(SHELL_TIMER_SCRIPT));
  });

  it("let a cached page's inline scripts run (no nonce can be in it) but lock down the rest alike", () => {
    const catalog = directives(catalogPolicy(sources));
    expect(catalog.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    const strict = directives(noncePolicy("abc123", sources));
    for (const [name, value] of [
      ["object-src", ["'none'"]],
      ["base-uri", ["'self'"]],
      ["form-action", ["'self'"]],
      ["frame-ancestors", ["'none'"]],
      ["connect-src", ["'self'"]],
      ["img-src", ["'self'", "data:", "blob:"]],
      ["default-src", ["'self'"]],
    ] as const) {
      expect(catalog.get(name), name).toEqual(value);
      expect(strict.get(name), name).toEqual(value);
    }
  });

  it("allow eval only under next dev", () => {
    const dev = policySources({ NODE_ENV: "development" });
    expect(directives(catalogPolicy(dev)).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(noncePolicy("n", dev)).get("script-src")).toContain("'unsafe-eval'");
    for (const NODE_ENV of ["production", "test", undefined]) {
      expect(catalogPolicy(policySources({ NODE_ENV }))).not.toContain("unsafe-eval");
    }
  });

  it("show images from the media CDN when there is one", () => {
    const cdn = policySources({ S3_PUBLIC_URL: "https://cdn.example.com/shop/media/" });
    expect(directives(catalogPolicy(cdn)).get("img-src")).toEqual([
      "'self'",
      "data:",
      "blob:",
      "https://cdn.example.com",
    ]);
    expect(directives(noncePolicy("n", cdn)).get("img-src")).toContain("https://cdn.example.com");
    // A malformed URL is lib/env's to report at start; the policy just does not list it.
    expect(policySources({ S3_PUBLIC_URL: "not a url" }).images).toEqual([]);
  });

  it("let a form end on Stripe Checkout or an OAuth provider only when that is configured", () => {
    expect(policySources({}).formTargets).toEqual([]);
    const all = policySources({ STRIPE_SECRET_KEY: "sk_live_x", AUTH_GITHUB_ID: "id", AUTH_GOOGLE_ID: "id" });
    expect(directives(noncePolicy("n", all)).get("form-action")).toEqual([
      "'self'",
      "https://checkout.stripe.com",
      "https://github.com",
      "https://accounts.google.com",
    ]);
    expect(
      policySources({ STRIPE_SECRET_KEY: "sk_test_x", STRIPE_API_URL: "http://127.0.0.1:4300/v1" }).formTargets,
    ).toEqual(["http://127.0.0.1:4300"]);
  });
});

describe("headers on every response (next.config)", () => {
  const headerNames = (routes: ReturnType<typeof securityHeaderRoutes>) =>
    routes.flatMap((r) => r.headers.map((h) => h.key));

  it("forbid framing, sniffing, full referrers and powerful features, and carry the catalog policy", () => {
    const [all] = securityHeaderRoutes({ NODE_ENV: "production" });
    const value = (key: string) => all!.headers.find((h) => h.key === key)?.value;
    expect(all!.source).toBe("/:path*");
    expect(value("X-Frame-Options")).toBe("DENY");
    expect(value("X-Content-Type-Options")).toBe("nosniff");
    expect(value("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(value("Permissions-Policy")).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\)/);
    expect(value("Content-Security-Policy")).toBe(catalogPolicy(policySources({ NODE_ENV: "production" })));
  });

  it("send HSTS in production over https only: always for an https site, else when the request came over https", () => {
    const https = securityHeaderRoutes({ NODE_ENV: "production", SITE_URL: "https://shop.example.com" });
    expect(https).toHaveLength(1);
    expect(headerNames(https)).toContain("Strict-Transport-Security");

    const http = securityHeaderRoutes({ NODE_ENV: "production", SITE_URL: "http://localhost:3000" });
    expect(http[0]!.headers.map((h) => h.key)).not.toContain("Strict-Transport-Security");
    expect(http[1]).toMatchObject({
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security" }],
    });

    expect(
      headerNames(securityHeaderRoutes({ NODE_ENV: "development", SITE_URL: "https://shop.example.com" })),
    ).not.toContain("Strict-Transport-Security");
  });
});
