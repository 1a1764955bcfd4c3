import { expect, test } from "./fixtures";
import { addToCart, expectNoAxeViolations, fillUsAddress, logInAsDemoAdmin, placeOrder, uniqueEmail } from "./support";

// Staff refund one line of a paid order through the confirmation dialog; the shopper's order
// page then says so in plain words.

test.describe.configure({ timeout: 240_000 });

test("staff refund one item through the dialog and the shopper reads it in plain words", async ({
  page: shopper,
  browser,
}) => {
  const email = uniqueEmail("refund");
  await addToCart(shopper, "/products/pour-over-coffee-dripper");
  await shopper.goto("/checkout");
  await shopper.getByLabel("Email").fill(email);
  await fillUsAddress(shopper);
  await shopper.getByRole("radio", { name: /Standard/ }).check();
  await shopper.getByRole("radio", { name: /Bank transfer/ }).check();
  await shopper.getByRole("button", { name: "Continue to review" }).click();
  await expect(shopper).toHaveURL(/\/checkout\/review$/);
  const number = await placeOrder(shopper);
  const orderUrl = shopper.url();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await logInAsDemoAdmin(staff, "/admin/orders");
  await staff.getByRole("main").getByLabel("Customer email").fill(email);
  await staff.getByRole("button", { name: "Filter" }).click();
  await staff.waitForURL(/email=/);
  const row = staff.getByRole("row").filter({ hasText: email });
  await expect(row.getByTestId("order-status")).toHaveText("Awaiting payment");
  await row.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();

  const form = (name: string) => staff.getByRole("form", { name, exact: true });
  await form("Mark paid").getByRole("button", { name: "Mark paid" }).click();
  await expect(staff.getByRole("main").getByTestId("order-status")).toHaveText("Paid");

  // Nothing chosen: the dialog says so and offers no refund.
  const refund = form("Refund");
  await refund.getByRole("button", { name: "Refund…" }).click();
  const dialog = staff.getByRole("dialog", { name: "Refund this order?" });
  await expect(dialog).toContainText("Choose the items to refund, or enter an amount");
  await staff.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(refund.getByRole("button", { name: "Refund…" })).toBeFocused();

  // One dripper, back to stock: the dialog states the amount, the stock and the method.
  await refund.getByLabel(/Pour-Over Coffee Dripper/i).fill("1");
  await refund.getByRole("button", { name: "Refund…" }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Refund $28.00 to the customer.");
  await expect(dialog).toContainText(/Back to stock: 1 × Pour-Over Coffee Dripper/i);
  await expect(dialog).toContainText("Recorded as refunded by hand");
  await expectNoAxeViolations(staff, { wholePage: true });
  await dialog.getByRole("button", { name: "Refund $28.00" }).click();
  await expect(staff.getByTestId("order-timeline")).toContainText(
    /Refunded \$28\.00 for 1 × Pour-Over Coffee Dripper/i,
  );
  // The form came back empty, with a new one-time key.
  await expect(refund.getByLabel(/Pour-Over Coffee Dripper/i)).toBeDisabled();
  await expectNoAxeViolations(staff);

  // The packing slip: no prices.
  await staff.getByRole("link", { name: "Packing slip" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Packing slip · Order ${number}` })).toBeVisible();
  await expect(staff.getByRole("main")).not.toContainText("$");
  await expectNoAxeViolations(staff);

  await shopper.goto(orderUrl);
  await expect(shopper.getByTestId("order-timeline")).toContainText(
    /Refunded \$28\.00 for 1 × Pour-Over Coffee Dripper.*, returned to stock/i,
  );
  await expect(shopper.getByTestId("order-timeline")).not.toContainText("{");
  await staffContext.close();
});
