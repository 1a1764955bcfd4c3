import { expect, test, type Page } from "./fixtures";
import { addToCart, centsIn, expectNoAxeViolations, logInAsDemoAdmin, usd } from "./support";

// The owner changes shipping from /admin/settings/shipping, with no developer: the US zone's
// free-shipping threshold moves and a shopper's cart promises free shipping from the new
// amount on its next view. Both settings pages pass axe.

test.describe.configure({ timeout: 180_000 });

async function setUsFreeOver(staff: Page, amount: string) {
  await staff.goto("/admin/settings/shipping");
  const standard = staff.getByRole("group", { name: /^Method 1 of zone 1: Standard/ });
  await standard.getByLabel("Free over").fill(amount);
  await staff.getByRole("button", { name: "Save shipping settings" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Shipping settings saved." })).toBeVisible();
}

test("an owner moves the free-shipping threshold and the shopper's cart shows the new one", async ({
  page: staff,
  browser,
}) => {
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await addToCart(shopper, "/products/pour-over-coffee-dripper");
  await shopper.goto("/cart");
  const subtotal = centsIn(await shopper.getByTestId("cart-subtotal").innerText());
  await expect(shopper.getByText(`Add ${usd(7500 - subtotal)} more for free standard shipping.`)).toBeVisible();

  await logInAsDemoAdmin(staff, "/admin/settings/shipping");
  await expect(staff.getByRole("heading", { level: 1, name: "Shipping" })).toBeVisible();
  await expectNoAxeViolations(staff);
  try {
    await setUsFreeOver(staff, "500.00");
    await shopper.reload();
    await expect(shopper.getByText(`Add ${usd(50000 - subtotal)} more for free standard shipping.`)).toBeVisible();

    // A mistyped amount is refused at its own input, and nothing changes.
    const standard = staff.getByRole("group", { name: /^Method 1 of zone 1: Standard/ });
    await standard.getByLabel("Price").fill("five");
    await staff.getByRole("button", { name: "Save shipping settings" }).click();
    await expect(standard.getByText("Enter an amount like 5.99.")).toBeVisible();
    await expect(standard.getByLabel("Price")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(staff);
  } finally {
    await setUsFreeOver(staff, "75.00");
  }
  await shopper.reload();
  await expect(shopper.getByText(`Add ${usd(7500 - subtotal)} more for free standard shipping.`)).toBeVisible();

  await staff.goto("/admin/settings/tax");
  await expect(staff.getByRole("heading", { level: 1, name: "Tax" })).toBeVisible();
  await expect(staff.getByLabel("Rate % 1", { exact: true })).toHaveValue("7");
  await expectNoAxeViolations(staff);
  await shopperContext.close();
});
