import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { unstable_doesMiddlewareMatch, unstable_getResponseFromNextConfig } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { parseSearchParams, searchHref } from "@/lib/search/params";
import { PRICE_BUCKETS } from "@/lib/search/price-buckets";
import { rendersPerRequest } from "@/lib/security";
import { HSTS_VALUE, securityHeaderRoutes } from "@/lib/security/headers.mjs";
import { config, proxy } from "@/proxy";

// proxy.ts: what is decided before a page streams. A view of a listing or a search goes to
// its own cached page; an account or staff page sends a visitor without a session to log in;
// a page rendered per request gets a nonce policy (next.config's headers give the rest theirs).

const call = (path: string, init: { method?: string; cookie?: string } = {}) =>
  proxy(
    new NextRequest(`http://localhost${path}`, {
      method: init.method ?? "GET",
      headers: init.cookie ? { cookie: init.cookie } : {},
    }),
  );

const rewrittenTo = (response: Response) =>
  response.headers.get("x-middleware-rewrite")?.replace("http://localhost", "");

describe("listing and search views", () => {
  it("rewrites a sorted, filtered or later listing to its canonical view, ignoring what is not a listing parameter", () => {
    expect(rewrittenTo(call("/categories/tents?utm_source=mail&page=2&sort=newest"))).toBe(
      `/categories/tents/view/${encodeURIComponent("sort=newest&page=2")}?utm_source=mail&page=2&sort=newest`,
    );
    const view = (path: string) => rewrittenTo(call(path))?.split("?")[0];
    expect(view("/categories/tents?sort=newest&page=2")).toBe(
      view("/categories/tents?page=2&sort=newest&sort=price-asc"),
    );
    expect(view("/categories/tents?option=Size:M&q=x&category=other")).toBe(
      `/categories/tents/view/${encodeURIComponent("option=size%3Am")}`,
    );
  });

  it("leaves the plain listing, and a view whose values are all defaults or nonsense, to the plain page", () => {
    for (const path of [
      "/categories/tents?utm_source=mail",
      "/categories/tents?sort=relevance&page=1",
      "/categories/tents?page=-3&min=abc&rating=9&option=x",
    ]) {
      expect(rewrittenTo(call(path)), path).toBeUndefined();
    }
  });

  it("takes words that cannot travel in a path segment as they are (next.config rewrites the others)", () => {
    const unsafe = config.matcher.find((m) => typeof m !== "string" && m.has[0]?.key === "q");
    const pattern = new RegExp(`^${(unsafe as { has: { value: string }[] }).has[0]!.value}$`);
    for (const q of ["50%", "a/b", "a\\b", "what?", "#1", "x".repeat(201)]) expect(pattern.test(q), q).toBe(true);
    for (const q of ["tent", "salt & pepper", "'; DROP TABLE products; --"]) expect(pattern.test(q), q).toBe(false);
    expect(rewrittenTo(call("/search?q=50%25"))?.split("?")[0]).toBe(`/search/view/${encodeURIComponent("q=50%25")}`);
  });

  it("rewrites a search to its canonical view", () => {
    expect(rewrittenTo(call("/search?q=tent&page=1"))?.split("?")[0]).toBe(
      `/search/view/${encodeURIComponent("q=tent")}`,
    );
    expect(rewrittenTo(call("/search"))).toBeUndefined();
  });

  it("is asked about every parameter a view can have (the matcher names each one; words alone are rewritten in next.config)", () => {
    const matched = (source: string) =>
      config.matcher.flatMap((m) => (typeof m !== "string" && m.source === source ? m.has.map((h) => h.key) : []));
    const category = parseSearchParams(
      { brand: "Alder", price: PRICE_BUCKETS[0]!.key, option: "size:m", rating: "4", instock: "1", sort: "newest" },
      "tents",
    );
    const listing = new URLSearchParams(searchHref(category, { page: 3 }).split("?")[1]);
    expect([...new Set(listing.keys())].sort()).toEqual(matched("/categories/:slug").sort());
    const state = parseSearchParams({
      q: "tent",
      sort: "newest",
      page: "2",
      category: "tents",
      brand: "Summitline",
      price: PRICE_BUCKETS[0]!.key,
      instock: "1",
      option: "size:m",
      rating: "4",
    });
    const search = new URLSearchParams(searchHref(state, { page: 2 }).split("?")[1]);
    expect([...new Set(search.keys())].filter((key) => key !== "q").sort()).toEqual(
      matched("/search")
        .filter((key) => key !== "q")
        .sort(),
    );
  });
});

describe("paths that do not decode", () => {
  it("are the not-found page, not a server error; a path that decodes goes on", () => {
    expect(rewrittenTo(call("/products/%ff"))).toBe("/not-found");
    expect(rewrittenTo(call("/orders/%ff/receipt"))).toBe("/not-found");
    expect(call("/search/for/caf%C3%A9").headers.get("x-middleware-next")).toBe("1");
    const matcher = new RegExp(`^${(config.matcher[0] as string).replace("/:path(", "/(")}$`);
    expect(matcher.test("/products/%ff")).toBe(true);
    expect(matcher.test("/products/leather-jacket")).toBe(false);
  });
});

describe("account and staff pages", () => {
  it("send a visitor without a session to log in and back, with a real redirect", () => {
    const response = call("/account/orders?page=2");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(
      `http://localhost/login?callbackUrl=${encodeURIComponent("/account/orders?page=2")}`,
    );
    expect(call("/admin/products").headers.get("location")).toBe(
      `http://localhost/login?callbackUrl=${encodeURIComponent("/admin/products")}`,
    );
  });

  it("let a request with a session cookie through (the page checks the session itself), and never redirect a form post", () => {
    expect(call("/account", { cookie: "authjs.session-token=x" }).headers.get("x-middleware-next")).toBe("1");
    expect(call("/account", { cookie: "__Secure-authjs.session-token.0=x" }).headers.get("x-middleware-next")).toBe(
      "1",
    );
    expect(call("/account", { method: "POST" }).status).toBe(200);
  });
});

describe("Content-Security-Policy", () => {
  const policyOf = (response: Response) => response.headers.get("content-security-policy");
  // What the page renders with: NextResponse.next({ request }) passes overridden request headers on.
  const requestPolicyOf = (response: Response) => response.headers.get("x-middleware-request-content-security-policy");
  const nonceOf = (policy: string | null) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1];

  it("gives a page rendered per request a strict policy with a fresh nonce, on the request (for Next's scripts) and the response", () => {
    const first = call("/checkout");
    const nonce = nonceOf(policyOf(first));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(requestPolicyOf(first)).toBe(policyOf(first));
    expect(policyOf(first)).toContain(`script-src 'self' 'nonce-${nonce}' 'sha256-`);
    expect(policyOf(first)).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(nonceOf(policyOf(call("/checkout")))).not.toBe(nonce);
    for (const path of [
      "/cart",
      "/checkout/review",
      "/login?callbackUrl=%2Fcart",
      "/register",
      "/orders/NW-1001?token=x",
      "/orders/NW-1001/receipt",
    ]) {
      expect(nonceOf(policyOf(call(path))), path).toBeDefined();
    }
    expect(nonceOf(policyOf(call("/admin/customers", { cookie: "authjs.session-token=x" })))).toBeDefined();
  });

  it("leaves every other response the catalog policy next.config gives it (a cached page cannot carry a nonce)", () => {
    expect(policyOf(call("/categories/tents?sort=name"))).toBeNull();
    expect(policyOf(call("/search?q=tent&page=2"))).toBeNull();
    expect(policyOf(call("/checkout/%ff"))).toBeNull(); // the cached not-found page
    expect(policyOf(call("/account"))).toBeNull(); // a redirect to the login, which has its own
    // A path that is no page is the cached not-found page.
    expect(policyOf(call("/admin/no-such-page/x", { cookie: "authjs.session-token=x" }))).toBeNull();
    expect(policyOf(call("/account/no-such-page", { cookie: "authjs.session-token=x" }))).toBeNull();
  });

  // Every page of the app, and whether it renders per request: `instant = false` or
  // `connection()` in the page or a layout above it.
  const pages = (() => {
    const app = path.join(process.cwd(), "app");
    const perRequest = (file: string) =>
      /export const instant = false|await connection\(\)/.test(readFileSync(file, "utf8"));
    return readdirSync(app, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("page.tsx"))
      .map((file) => {
        const dirs = path
          .dirname(file)
          .split(path.sep)
          .filter((d) => d !== ".");
        const layouts = dirs
          .map((_, i) => path.join(app, ...dirs.slice(0, i + 1), "layout.tsx"))
          .filter((f) => existsSync(f));
        const route = `/${dirs
          .filter((d) => !d.startsWith("("))
          .map((d) => (d.startsWith("[") ? "x1" : d))
          .join("/")}`;
        return { route, dynamic: [path.join(app, file), ...layouts].some(perRequest) };
      });
  })();

  it("knows every page rendered per request, and only those (the proxy's matcher too)", () => {
    expect(pages.filter((p) => p.dynamic).length).toBeGreaterThan(20);
    for (const { route, dynamic } of pages) {
      expect(rendersPerRequest(route), route).toBe(dynamic);
      if (dynamic) expect(unstable_doesMiddlewareMatch({ config, url: `http://localhost${route}` }), route).toBe(true);
      else expect(policyOf(call(route)), route).toBeNull();
    }
  });
});

describe("headers on every response (next.config)", () => {
  const respond = (path: string, env: Record<string, string>, headers: Record<string, string> = {}) =>
    unstable_getResponseFromNextConfig({
      url: `http://localhost${path}`,
      headers,
      nextConfig: { headers: async () => securityHeaderRoutes(env) },
    });

  it("a cached page, a static file, an API route and a media file all get the catalog policy and the static headers", async () => {
    for (const path of [
      "/",
      "/products/tent",
      "/_next/static/chunks/app.js",
      "/api/visitor",
      "/media/products/a.jpg",
      "/no-such-page",
    ]) {
      const response = await respond(path, { NODE_ENV: "production" });
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("strict-transport-security"), path).toBeNull();
    }
  });

  it("HSTS when the request came over https through the load balancer, or the site is https", async () => {
    const env = { NODE_ENV: "production", SITE_URL: "http://shop.internal" };
    expect((await respond("/", env, { "x-forwarded-proto": "https" })).headers.get("strict-transport-security")).toBe(
      HSTS_VALUE,
    );
    expect(
      (await respond("/", env, { "x-forwarded-proto": "http" })).headers.get("strict-transport-security"),
    ).toBeNull();
    expect(
      (await respond("/cart", { NODE_ENV: "production", SITE_URL: "https://shop.example.com" })).headers.get(
        "strict-transport-security",
      ),
    ).toBe(HSTS_VALUE);
  });
});
