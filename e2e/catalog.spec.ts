import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support";

test("a shopper browses home → category → product and switches variants", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Categories" })).toBeVisible();
  await expectNoAxeViolations(page, { wholePage: true });

  await page
    .getByRole("main")
    .getByRole("link", { name: /^Home\b/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Browse within Home" })
    .getByRole("link", { name: /Kitchen/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Kitchen" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Browse within Kitchen" })
    .getByRole("link", { name: /Coffee & Tea/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Coffee & Tea" })).toBeVisible();
  await expectNoAxeViolations(page, { wholePage: true });

  await page
    .getByRole("link", { name: /Stoneware Mug Set/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Stoneware Mug Set" })).toBeVisible();
  const price = page.getByTestId("product-price");
  const stock = page.getByTestId("stock-status");
  await expect(price).toContainText("$38.00");
  await expect(stock).toHaveText("In stock");
  await expect(page.getByRole("navigation", { name: /breadcrumb/i })).toContainText("Coffee & Tea");
  await expect(page.getByRole("table")).toContainText("Stoneware");
  await expectNoAxeViolations(page, { wholePage: true });

  // The gallery: choosing the second thumbnail shows that photo large (no script needed).
  const second = page.getByRole("radio", { name: /^Show image 2 of \d+: / });
  const secondAlt = (await second.getAttribute("aria-label"))!.replace(/^Show image 2 of \d+: /, "");
  await expect(page.getByRole("main").getByRole("img", { name: secondAlt, exact: true })).toBeHidden();
  await page.locator("label", { has: second }).click();
  await expect(second).toBeChecked();
  await expect(page.getByRole("main").getByRole("img", { name: secondAlt, exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Set of 4" }).click();
  await expect(price).toContainText("$69.00");
  await expect(stock).toHaveText("Only 4 left");
  await expect(page).toHaveURL(/\?variant=/);

  // The choice is in the URL, so a reload (or a shared link) shows the same variant.
  await page.reload();
  await expect(page.getByTestId("product-price")).toContainText("$69.00");
});

test("category listings sort and filter through the URL", async ({ page }) => {
  const listedPrices = async () => {
    const cards = await page.getByRole("main").locator("a[href^='/products/']").allInnerTexts();
    // A card shows its (sale) price first, then any compare-at price.
    return cards.map((text) => Number((/\$([\d,]+\.\d{2})/.exec(text)?.[1] ?? "NaN").replace(/,/g, "")));
  };

  await page.goto("/categories/cookware?sort=price-desc");
  const sorted = await listedPrices();
  expect(sorted.length).toBeGreaterThan(2);
  expect([...sorted].sort((a, b) => b - a)).toEqual(sorted);

  // The price ranges apply to a product's lowest price.
  await page.goto("/categories/cookware?price=50-100");
  const filtered = await listedPrices();
  expect(filtered.length).toBeGreaterThan(0);
  for (const amount of filtered) {
    expect(amount).toBeGreaterThanOrEqual(50);
    expect(amount).toBeLessThan(100);
  }
  await expect(page.getByRole("checkbox", { name: /\$50 – \$100/ })).toBeChecked();
});

test("unknown pages are 404 and malformed parameters fall back to defaults", async ({ page }) => {
  expect((await page.goto("/products/no-such-product"))?.status()).toBe(404);
  expect((await page.goto("/categories/no-such-category"))?.status()).toBe(404);
  // A path that does not decode names nothing: not found, not a server error.
  for (const path of ["/products/%ff", "/categories/%ff", "/orders/%ff/receipt", "/media/%c0%ae%c0%ae/x"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  const response = await page.goto("/categories/cookware?page=-1&sort=drop&min=abc");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Cookware" })).toBeVisible();
});

test("sitemap and robots are served", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain("/products/leather-jacket");
  const robots = await request.get("/robots.txt");
  expect(await robots.text()).toMatch(/Disallow: \/admin/);
});
