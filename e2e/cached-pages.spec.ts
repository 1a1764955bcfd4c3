import { expect, test } from "./fixtures";
import { addToCart, fillUsAddress, uniqueEmail } from "./support";

// Catalog pages are rendered once and served to everyone from the cache (docs/architecture.md,
// "Cached pages"). What each visitor sees of themselves (signed in? items in the cart?) is
// read by their browser after the page loads, so a cached page must never carry it.

test("a page cached while a shopper was signed in shows a guest nothing of that shopper", async ({ page, browser }) => {
  const email = uniqueEmail("cached");
  const name = `Zelda Quux ${Date.now()}`;
  await page.goto("/register");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account/);
  await addToCart(page, "/products/leather-messenger-bag");

  // Signed in with one item: the header says so, read by this browser from /api/visitor.
  // The variant in the URL makes a page nobody has asked for yet: rendered in this request.
  const fresh = `/products/leather-messenger-bag?variant=${Date.now()}`;
  await page.goto(fresh);
  const header = page.locator("header");
  await expect(header.getByRole("button", { name: "Log out" })).toBeVisible();
  await expect(header.getByTestId("cart-count")).toHaveText("1");

  const guest = await browser.newContext();
  try {
    for (const path of [fresh, "/", "/categories/bags-wallets"]) {
      const html = await (await guest.request.get(path)).text();
      expect(html, path).toContain(path === "/" ? "Featured products" : "Leather Messenger Bag");
      for (const trace of [email, name, "Log out"]) expect(html, path).not.toContain(trace);
      expect(html, path).toMatch(/data-testid="cart-count"><\/span>/);
    }
    const guestPage = await guest.newPage();
    await guestPage.goto(fresh);
    await expect(guestPage.locator("header").getByRole("link", { name: "Log in" })).toBeVisible();
    await expect(guestPage.locator("header").getByTestId("cart-count")).toHaveText("0");
  } finally {
    await guest.close();
  }
});

test("the stock on a product page follows a sale made in another browser", async ({ page, browser }) => {
  const product = "/products/belt-drive-turntable";
  await page.goto(product);
  const stock = page.getByTestId("stock-status");
  const before = Number((await stock.innerText()).match(/Only (\d+) left/)?.[1]);
  expect(before).toBeGreaterThan(0);

  const buyer = await browser.newContext();
  try {
    const shop = await buyer.newPage();
    await addToCart(shop, product);
    await shop.goto("/checkout");
    await shop.getByLabel("Email").fill(uniqueEmail("turntable"));
    await fillUsAddress(shop);
    await shop.getByRole("radio", { name: /Standard/ }).check();
    await shop.getByRole("radio", { name: /Cash on delivery/ }).check();
    await shop.getByRole("button", { name: "Continue to review" }).click();
    await shop.getByRole("button", { name: "Place order" }).click();
    await expect(shop.getByRole("heading", { level: 1, name: /Thank you for your order/ })).toBeVisible();
  } finally {
    await buyer.close();
  }

  // The first browser's next look at the page (a reload) shows one fewer, or sold out.
  await page.reload();
  await expect(stock).toHaveText(before > 1 ? `Only ${before - 1} left` : "Out of stock", { timeout: 2_000 });
});
