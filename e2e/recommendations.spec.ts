import { expect, test } from "./fixtures";
import { addToCart, expectNoAxeViolations, fillUsAddress, uniqueEmail } from "./support";

// Recommendations on the built store (lib/recommendations): the product page's cached blocks,
// "Recently viewed" kept by the browser, the cart's suggestions, and a shopper's own picks as
// the home page's only per-shopper part.

test("a product page shows what goes with it and what is similar, with no axe violations", async ({ page }) => {
  // Nothing sold yet on a fresh store: the category's best sellers stand in.
  await page.goto("/products/wireless-noise-cancelling-headphones");
  const together = page.getByRole("region", { name: "Frequently bought together" });
  await expect(together.getByRole("link")).toHaveCount(4);
  await expect(together.getByRole("link", { name: /Wireless Noise-Cancelling Headphones/ })).toHaveCount(0);
  const similar = page.getByRole("region", { name: "Similar products" });
  await expect(similar.getByRole("link")).not.toHaveCount(0);
  await expect(similar.getByRole("link", { name: /Wireless Noise-Cancelling Headphones/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("recently viewed lists what this browser looked at, and nothing for another", async ({ page, browser }) => {
  await page.goto("/products/leather-messenger-bag");
  await expect(page.getByRole("region", { name: "Recently viewed" })).toHaveCount(0);
  await page.goto("/products/pour-over-coffee-dripper");
  const recent = page.getByRole("region", { name: "Recently viewed" });
  await expect(recent.getByRole("link", { name: /Leather Messenger Bag/ })).toBeVisible();
  await expect(recent.getByRole("link", { name: /Pour-Over Coffee Dripper/i })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/");
  await expect(page.getByRole("region", { name: "Recently viewed" }).getByRole("link")).toHaveCount(2);

  const other = await browser.newContext();
  try {
    const guest = await other.newPage();
    await guest.goto("/");
    await expect(guest.getByRole("heading", { name: "Featured products" })).toBeVisible();
    await expect(guest.getByRole("region", { name: "Recently viewed" })).toHaveCount(0);
    await expect(guest.getByRole("region", { name: "Picked for you" })).toHaveCount(0);
  } finally {
    await other.close();
  }
});

test("the cart suggests other products; a shopper with an order gets picks on the home page", async ({ page }) => {
  test.slow(); // registers, checks out and runs axe three times
  const email = uniqueEmail("picks");
  await page.goto("/register");
  await page.getByLabel("Name", { exact: true }).fill("Mary Jackson");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("picks-journey-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account/);
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Featured products" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Picked for you" })).toHaveCount(0);

  await addToCart(page, "/products/pour-over-coffee-dripper");
  await page.goto("/cart");
  const suggestions = page.getByRole("region", { name: "You may also like" });
  await expect(suggestions.getByRole("link")).not.toHaveCount(0);
  await expect(suggestions.getByRole("link", { name: /Pour-Over Coffee Dripper/i })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/checkout");
  await fillUsAddress(page);
  await page.getByRole("radio", { name: /Standard/ }).check();
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await page.getByRole("button", { name: "Continue to review" }).click();
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Thank you for your order/ })).toBeVisible();

  await page.goto("/");
  const picks = page.getByRole("region", { name: "Picked for you" });
  await expect(picks.getByRole("link")).not.toHaveCount(0);
  await expect(picks.getByRole("link", { name: /Pour-Over Coffee Dripper/i })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
