import { expect, test } from "./fixtures";
import sharp from "sharp";
import { expectNoAxeViolations, logInAsDemoAdmin } from "./support";

// Staff build a product from options (Size × Colour) with a photo for the Black variants on
// the new-product form, publish it, and a shopper who picks Black sees the black photo first.

test.describe.configure({ timeout: 240_000 });

const png = (colour: string) =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: colour } })
    .png()
    .toBuffer();

test("staff create a 2×2 product with a variant photo; a shopper picking Black sees it", async ({
  page: staff,
  browser,
}) => {
  const word = `${Date.now().toString(36)}`;
  const name = `Trail Tee ${word}`;
  await logInAsDemoAdmin(staff, "/admin/products/new");
  const editor = staff.getByRole("main");
  await editor.getByLabel("Name", { exact: true }).fill(name);

  for (const [index, [option, values]] of (
    [
      ["Colour", ["Black", "Grey"]],
      ["Size", ["S", "M"]],
    ] as const
  ).entries()) {
    await editor.getByRole("button", { name: "Add an option" }).click();
    await editor.getByLabel(`Option name ${index + 1}`).fill(option);
    for (const value of values) {
      await editor.getByLabel(`New value of ${option}`).fill(value);
      await editor.getByLabel(`New value of ${option}`).press("Enter"); // adds, does not submit
    }
  }
  await expect(editor.getByRole("group", { name: "Variants (4)" })).toBeVisible();
  await expect(editor.getByLabel("SKU (row 4), Grey / M")).toHaveValue(/-GREY-M$/);

  await editor.getByLabel("Select all variants").check();
  await editor.getByLabel("Price for selected").fill("30.00");
  await editor.getByLabel("Stock for selected").fill("5");
  await editor.getByLabel("Weight (g) for selected").fill("180");
  await editor.getByRole("button", { name: "Apply to selected" }).click();
  await expect(editor.getByLabel("Price (row 3), Grey / S")).toHaveValue("30.00");

  await editor.getByLabel("Image 1", { exact: true }).setInputFiles({
    name: "flat.png",
    mimeType: "image/png",
    buffer: await png("#999999"),
  });
  await editor.getByLabel("Alt text of image 1").fill("The tee laid flat");
  await editor.getByRole("button", { name: "Add another image" }).click();
  await editor.getByLabel("Image 2", { exact: true }).setInputFiles({
    name: "black.png",
    mimeType: "image/png",
    buffer: await png("#000000"),
  });
  await editor.getByLabel("Alt text of image 2").fill("The black tee");
  await editor.getByLabel("Image 2 shows").selectOption({ label: "Colour: Black" });
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Create product" }).click();

  await staff.waitForURL(/\/admin\/products\/\d+$/);
  await expect(staff.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(staff.getByText("Shown first for Black / S, Black / M")).toBeVisible();
  await expectNoAxeViolations(staff);
  await staff.getByRole("button", { name: "Publish" }).click();
  await expect(staff.getByText("Status: active")).toBeVisible();

  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await shopper.goto(`/products/${slug}`);
  const main = shopper.getByRole("main");
  await main.getByRole("link", { name: "Grey", exact: true }).click();
  await expect(main.getByRole("img", { name: "The tee laid flat" })).toBeVisible();
  await main.getByRole("link", { name: "Black", exact: true }).click();
  await expect(shopper).toHaveURL(/variant/);
  await expect(main.getByRole("img", { name: "The black tee" })).toBeVisible();
  await expect(main.getByRole("img", { name: "The tee laid flat" })).toBeHidden();
  await expectNoAxeViolations(shopper);
  await shopperContext.close();
});
