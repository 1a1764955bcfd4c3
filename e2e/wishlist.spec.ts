import { expect, type Page, test } from "./fixtures";
import { expectNoAxeViolations, logIn, uniqueEmail } from "./support";

// The wishlist: a signed-in shopper hearts the option they chose on a product page, finds it
// on /account/wishlist and moves it to the cart; a guest's hearts stay in the browser and join
// the account at login.

test.describe.configure({ timeout: 120_000 });

async function register(page: Page, email: string, password: string) {
  await page.goto("/register");
  await page.getByLabel("Name").fill("Wanda Wishlist");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account/);
}

test("a signed-in shopper hearts an option, then moves it from the wishlist to the cart", async ({ page }) => {
  await register(page, uniqueEmail("wishlist"), "wishlist-password-1");

  await page.goto("/products/stoneware-mug-set");
  await page.getByRole("link", { name: "Set of 4" }).click();
  await expect(page).toHaveURL(/variant=/);
  const heart = page.getByRole("button", { name: "Save Stoneware Mug Set to wishlist" });
  await expect(heart).toHaveAttribute("aria-pressed", "false");
  await heart.click();
  const saved = page.getByRole("button", { name: "Remove Stoneware Mug Set from wishlist" });
  await expect(saved).toHaveAttribute("aria-pressed", "true");

  // The state is the shopper's, read after load: a reload shows it saved.
  await page.reload();
  await expect(page.getByRole("button", { name: "Remove Stoneware Mug Set from wishlist" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Account" }).click();
  await page.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "Wishlist" }).click();
  await expect(page.getByRole("heading", { name: "Wishlist" })).toBeVisible();
  const item = page.getByTestId("wishlist-item").filter({ hasText: "Stoneware Mug Set" });
  await expect(item).toContainText("Set of 4");
  await expect(item).toContainText("$69.00");
  await expectNoAxeViolations(page);

  await item.getByRole("button", { name: /^Move to cart/ }).click();
  await expect(page.getByText(/Added Stoneware Mug Set \(Set of 4\) to your cart\./)).toBeVisible();
  await expect(page.getByText("Your wishlist is empty.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/cart");
  const line = page.getByTestId("cart-line").filter({ hasText: "Stoneware Mug Set" });
  await expect(line).toContainText("Set of 4");
});

test("a guest's hearts stay in the browser and join the account at login", async ({ page, browser }) => {
  const email = uniqueEmail("wishlist-guest");
  const password = "wishlist-password-2";
  // The account exists (made in another browser); this browser is a guest.
  const other = await browser.newPage();
  await register(other, email, password);
  await other.close();

  await page.goto("/categories/coffee-tea");
  const heart = page.getByRole("button", { name: "Save Pour-Over Coffee Dripper to wishlist" });
  await heart.click();
  await expect(page.getByRole("button", { name: "Remove Pour-Over Coffee Dripper from wishlist" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  await page.goto("/wishlist");
  await expect(page.getByText("Your wishlist is kept in this browser only.")).toBeVisible();
  await expect(page.getByTestId("wishlist-item").filter({ hasText: "Pour-Over Coffee Dripper" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("main").getByRole("link", { name: "Log in", exact: true }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Fwishlist$/);
  await logIn(page, email, password);
  await expect(page).toHaveURL(/\/account\/wishlist$/);
  await expect(page.getByRole("main").getByRole("link", { name: "Pour-Over Coffee Dripper", exact: true })).toHaveCount(
    1,
  );
  // The browser's copy went to the account: it is the account's list from now on.
  expect(await page.evaluate(() => window.localStorage.getItem("wishlist:guest"))).toBeNull();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the heart is a form: a guest is sent to log in and back to the product", async ({ page }) => {
    await page.goto("/products/stoneware-mug-set");
    await page.getByRole("button", { name: "Save Stoneware Mug Set to wishlist" }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fproducts%2Fstoneware-mug-set$/);
  });
});
