import { expect, type Page, test } from "./fixtures";
import { addToCart, fillUsAddress, logInAsDemoAdmin, uniqueEmail } from "./support";

// Every response carries the security headers; cached catalog pages a policy without nonces
// (next.config), pages rendered per request a strict nonce policy (proxy.ts). Both must leave
// the store working: scripts hydrate, add-to-cart, checkout and staff pages run, images load,
// and the browser reports no violation of either policy (docs/architecture.md, "Security headers").

/** Records every policy violation the browser reports on this page, across navigations. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportPolicyViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportPolicyViolation: (t: string) => void }).reportPolicyViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} on ${location.pathname}`,
      );
    });
  });
  page.on("console", (message) => {
    if (/Content[- ]Security[- ]Policy|Permissions[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

type Answer = { headers(): Record<string, string> } | null;

function expectStaticHeaders(response: Answer, label: string) {
  const headers = response!.headers();
  expect(headers["x-frame-options"], label).toBe("DENY");
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], label).toContain("camera=()");
  // Served over plain http here: no HSTS.
  expect(headers["strict-transport-security"], label).toBeUndefined();
  const policy = headers["content-security-policy"] ?? "";
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"])
    expect(policy, label).toContain(directive);
  return policy;
}

const cachedPolicy = (response: Answer, label: string) => {
  const policy = expectStaticHeaders(response, label);
  expect(policy, label).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
  expect(policy, label).not.toContain("nonce-");
};

const noncePolicy = (response: Answer, label: string) => {
  const policy = expectStaticHeaders(response, label);
  expect(policy, label).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  return policy;
};

test("a shopper browses, adds to the cart and checks out under the policies; no violation is reported", async ({
  page,
}) => {
  const violations = await watchViolations(page);

  const home = await page.goto("/");
  cachedPolicy(home, "/");
  // The header's cart count is filled in by the browser after load: the page's scripts ran.
  await expect(page.locator("header").getByTestId("cart-count")).toHaveText("0");
  const photo = page.locator("main img").first();
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  cachedPolicy(await page.request.get("/products/leather-messenger-bag"), "product");
  cachedPolicy(await page.request.get("/categories/bags-wallets"), "category");
  expectStaticHeaders(await page.request.get("/api/visitor"), "/api/visitor");
  await addToCart(page, "/products/leather-messenger-bag");
  await expect(page.locator("header").getByTestId("cart-count")).toHaveText("1");

  noncePolicy(await page.goto("/cart"), "/cart");
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  // The nonce is fresh on every load of a page rendered per request.
  const first = noncePolicy(await page.reload(), "/checkout");
  expect(noncePolicy(await page.reload(), "/checkout")).not.toBe(first);
  await page.getByLabel("Email").fill(uniqueEmail("csp"));
  await fillUsAddress(page);
  await page.getByRole("radio", { name: /Standard/ }).check();
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page).toHaveURL(/\/checkout\/review$/);
  noncePolicy(await page.reload(), "/checkout/review");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Thank you for your order/ })).toBeVisible();
  noncePolicy(await page.reload(), "/orders/[number]");
  await expect(page.getByRole("heading", { level: 1, name: /Thank you for your order/ })).toBeVisible();

  expect(violations).toEqual([]);
});

test("staff pages run under the nonce policy, and no other site can frame them", async ({ page, browser }) => {
  const violations = await watchViolations(page);
  noncePolicy(await page.goto("/login"), "/login");
  await logInAsDemoAdmin(page, "/admin/customers");
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  noncePolicy(await page.reload(), "/admin/customers");
  await page.getByRole("link", { name: "Products", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
  noncePolicy(await page.goto("/account"), "/account");
  await expect(page.getByRole("button", { name: "Log out" }).first()).toBeVisible();
  expect(violations).toEqual([]);

  // A page of the same site that frames the signed-in customer list gets an empty frame.
  const state = await page.context().storageState();
  const framer = await browser.newContext({ storageState: state });
  try {
    const attacker = await framer.newPage();
    const body = `<iframe src="/admin/customers" title="framed" onload="document.title='frame loaded'"></iframe>`;
    await attacker.route("**/framing-test", (route) => route.fulfill({ contentType: "text/html", body }));
    await attacker.goto("/framing-test");
    // The frame's load event fires for the browser's error page too: then look inside.
    await expect(attacker).toHaveTitle("frame loaded");
    await expect(attacker.frameLocator("iframe").getByRole("heading", { name: "Customers" })).toHaveCount(0);
  } finally {
    await framer.close();
  }
});
