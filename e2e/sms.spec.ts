import { expect, test } from "./fixtures";
import { addToCart, expectNoAxeViolations, fillUsAddress, openOrderAsStaff, placeOrder, uniqueEmail } from "./support";

// A guest asks for texts at checkout; staff ship the order; on the embedded default the text is
// only logged, and /admin/texts shows it with the number masked to its last three digits.

test.describe.configure({ timeout: 180_000 });

test("a guest opts in to texts at checkout and staff see the shipping text in the sent-text log", async ({
  page: shopper,
  browser,
}) => {
  const email = uniqueEmail("texts");
  await addToCart(shopper, "/products/pour-over-coffee-dripper");
  await shopper.goto("/checkout");
  await shopper.getByLabel("Email").fill(email);
  await fillUsAddress(shopper);
  const optIn = shopper.getByLabel("Text me when my order ships and when it is delivered");
  await expect(optIn).not.toBeChecked();

  // Ticked without a number: asked for one.
  await optIn.check();
  await shopper.getByRole("radio", { name: /Cash on delivery/ }).check();
  await shopper.getByRole("button", { name: "Continue to review" }).click();
  await expect(shopper.getByText("Enter a mobile number for the texts, or untick the box.")).toBeVisible();
  await expect(shopper.getByLabel("Mobile number for texts")).toHaveAttribute("aria-invalid", "true");

  await shopper.getByLabel("Mobile number for texts").fill("(212) 555-0148");
  await shopper.getByLabel("Text me when my order ships and when it is delivered").check();
  await shopper.getByRole("button", { name: "Continue to review" }).click();
  await expect(shopper).toHaveURL(/\/checkout\/review$/);
  await expect(shopper.getByRole("main")).toContainText("Shipping and delivery texts to +12125550148");
  const number = await placeOrder(shopper);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await openOrderAsStaff(staff, email, number);
  await expect(staff.getByRole("region", { name: "Customer" })).toContainText(
    "Texts to +12125550148: shipping and delivery updates",
  );
  const form = (name: string) => staff.getByRole("form", { name, exact: true });
  await form("Mark packed").getByRole("button", { name: "Mark packed" }).click();
  await expect(form("Mark packed")).toHaveCount(0);
  await form("Ship").getByLabel("Carrier").fill("UPS");
  await form("Ship")
    .getByLabel("Tracking number")
    .fill(`1Z${number.slice(3)}`);
  await form("Ship").getByRole("button", { name: "Ship" }).click();
  await expect(form("Ship")).toHaveCount(0);

  // The outbox sends it after the response; the log page shows it once it has.
  await expect(async () => {
    await staff.goto("/admin/texts");
    const row = staff.getByRole("row").filter({ hasText: number });
    await expect(row).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const row = staff.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("+••••••••148");
  await expect(row).toContainText(`tracking 1Z${number.slice(3)}`);
  await expect(row).toContainText("via log");
  await expect(staff.getByRole("main")).not.toContainText("2125550148");
  await expectNoAxeViolations(staff);
  await staffContext.close();
});
