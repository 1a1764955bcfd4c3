import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolations, logInAsDemoAdmin, uniqueSuffix } from "./support";

// The owner renames the store and rewrites the home page's hero from /admin/settings, with no
// developer; a shopper sees both on the next view. The settings pages pass axe.

test.describe.configure({ timeout: 180_000 });

async function saveStore(staff: Page, name: string) {
  await staff.goto("/admin/settings/store");
  await staff.getByLabel("Store name").fill(name);
  await staff.getByRole("button", { name: "Save store settings" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Store settings saved." })).toBeVisible();
}

async function saveHeroTitle(staff: Page, title: string) {
  await staff.goto("/admin/settings/home");
  await staff.getByLabel("Title").fill(title);
  await staff.getByRole("button", { name: "Save home page" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "Home page saved." })).toBeVisible();
}

test("an admin renames the store and rewrites the hero; a shopper sees both", async ({ page: staff, browser }) => {
  const name = `Harbour Goods ${uniqueSuffix()}`;
  const title = `Built for the long haul ${uniqueSuffix()}`;
  await logInAsDemoAdmin(staff, "/admin/settings");
  await expect(staff.getByRole("heading", { level: 1, name: "Store" })).toBeVisible();
  await expectNoAxeViolations(staff);

  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  try {
    await saveStore(staff, name);
    await saveHeroTitle(staff, title);
    await expectNoAxeViolations(staff);

    await shopper.goto("/");
    await expect(shopper.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(shopper.getByRole("banner").getByRole("link", { name })).toBeVisible();
    await expect(shopper).toHaveTitle(name);

    // A title left empty is refused at its input, and the shopper's page keeps the saved one.
    await staff.getByLabel("Title").fill("");
    await staff.getByRole("button", { name: "Save home page" }).click();
    await expect(staff.getByText("Enter a title.")).toBeVisible();
    await expect(staff.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(staff);
    await shopper.reload();
    await expect(shopper.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await staff.goto("/admin/settings/payments");
    await expect(staff.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
    await expect(staff.getByRole("checkbox", { name: "Bank transfer" })).toBeChecked();
    await expectNoAxeViolations(staff);
  } finally {
    await saveStore(staff, "Northwind Supply");
    await saveHeroTitle(staff, "Gear that goes the distance.");
    await shopperContext.close();
  }
});
