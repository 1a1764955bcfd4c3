import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "./fixtures";
import { logInAsDemoAdmin } from "./support";

// Every route in app/, found on disk so a new route is walked without editing this file, is
// requested with hostile and out-of-range values in its dynamic segments and its query string,
// by a visitor and by a signed-in admin. A malformed request is the visitor's mistake: it
// answers 4xx (or a redirect, or the page with the bad value ignored), never a 500.

const appDir = path.join(import.meta.dirname, "..", "app");

function routes(dir = appDir, prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && /^(page|route)\.tsx?$/.test(entry.name)) found.push(prefix || "/");
    if (!entry.isDirectory()) continue;
    // Route groups, "(shop)", do not appear in the URL.
    const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
    found.push(...routes(path.join(dir, entry.name), prefix + segment));
  }
  return [...new Set(found)];
}

const hostileSegments = [
  "%ff",
  "99999999999",
  "-1",
  "..%2F..%2Fetc%2Fpasswd",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "x".repeat(400),
];

const hostileQueries = [
  "page=99999999999999999999&before=99999999999999999999&id=99999999999&product=99999999999&variant=99999999999&threshold=-1&min=1e309&max=-5",
  "page=abc&sort=%3Cx%3E&status=%00&payment=%ff&from=2026-13-45&to=not-a-date&q=%E2%80%AE&category=..%2F&brand=%25&price=-1-&instock=maybe&role=root&entity=x&email=%27%20OR%201%3D1&callbackUrl=%2F%2Fevil.example&token=..&number=%ff",
];

function urlsFor(route: string): string[] {
  const dynamic = /\[(?:\.\.\.)?[^\]]+\]/g;
  const paths = route.includes("[") ? hostileSegments.map((value) => route.replace(dynamic, value)) : [route];
  return paths.flatMap((p) => [p, ...hostileQueries.map((q) => `${p}?${q}`)]);
}

async function walk(request: APIRequestContext) {
  const failures: string[] = [];
  for (const route of routes()) {
    for (const url of urlsFor(route)) {
      const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
      if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 160)}`);
    }
  }
  return failures;
}

test.describe("hostile parameters on every route", () => {
  test.describe.configure({ timeout: 300_000 });

  test("the route list covers the storefront, the staff area and the APIs", () => {
    expect(routes()).toEqual(
      expect.arrayContaining([
        "/",
        "/products/[slug]",
        "/admin/orders/[id]",
        "/api/search/suggestions",
        "/media/[...key]",
      ]),
    );
  });

  test("a visitor gets no 500", async ({ request }) => {
    expect(await walk(request)).toEqual([]);
  });

  test("a signed-in admin gets no 500", async ({ page }) => {
    await logInAsDemoAdmin(page);
    expect(await walk(page.request)).toEqual([]);
  });
});
