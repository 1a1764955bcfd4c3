import { expect, type Page, test } from "./fixtures";
import { type FakeStripe, startFakeStripe } from "../tests/helpers/fake-stripe";
import {
  addToCart,
  emailFromMailbox,
  expectNoAxeViolations,
  fillUsAddress,
  logInAsDemoAdmin,
  uniqueEmail,
} from "./support";

// A guest buys on the embedded default with a manual payment method (bank transfer, then
// cash on delivery): product page → cart → checkout details → review → confirmation (with
// the bank details for a transfer); then the confirmation
// email in the mailbox (read as the demo admin: outside `next dev` the mailbox is
// staff-only) and the order on the public /track page.
//
// With Stripe configured against the local fake (run the store with STRIPE_SECRET_KEY=
// sk_test_fake STRIPE_WEBHOOK_SECRET=whsec_test_fake STRIPE_API_URL=http://127.0.0.1:12111
// and Playwright with the same STRIPE_API_URL), a signed-in shopper also pays by card:
// the fake's hosted page completes the session and delivers the signed webhook.

test("a guest pays by bank transfer: confirmation, email and tracking", async ({ page, browser }) => {
  const email = uniqueEmail("guest");

  // 28.00 of goods: under the 75.00 free-shipping threshold, so 5.99 standard shipping;
  // New York's 4% tax on the goods is 1.12. Total 35.11.
  await addToCart(page, "/products/pour-over-coffee-dripper");
  await page.goto("/cart");
  await page.getByRole("link", { name: "Go to checkout" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await expectNoAxeViolations(page);

  // A field error first, tied to its input.
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email").fill(email);
  await fillUsAddress(page);
  await page.getByRole("radio", { name: /Standard/ }).check();
  await page.getByRole("radio", { name: /Bank transfer/ }).check();
  await page.getByRole("button", { name: "Continue to review" }).click();

  await expect(page).toHaveURL(/\/checkout\/review$/);
  await expect(page.getByTestId("review-subtotal")).toHaveText("$28.00");
  await expect(page.getByTestId("review-shipping")).toHaveText("$5.99");
  await expect(page.getByTestId("review-tax")).toHaveText("$1.12");
  await expect(page.getByTestId("review-total")).toHaveText("$35.11");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Place order" }).click();

  // The confirmation: number, totals, address, bank details with the reference.
  await expect(page.getByRole("heading", { level: 1, name: /Thank you for your order/ })).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).innerText()).match(/NW-[0-9A-Z]{8}/)?.[0];
  expect(number).toBeTruthy();
  await expect(page).toHaveURL(new RegExp(`/orders/${number}\\?token=`));
  await expect(page.getByTestId("order-status")).toHaveText("Awaiting payment");
  await expect(page.getByTestId("order-total")).toHaveText("$35.11");
  await expect(page.getByTestId("order-tax")).toHaveText("$1.12");
  const bank = page.getByTestId("bank-transfer");
  await expect(bank).toContainText(number!);
  await expect(bank).toContainText("$35.11");
  await expect(page.getByRole("main").getByText("1 Navy Yard")).toBeVisible();
  await expect(page.getByTestId("order-timeline")).toContainText("Order placed");
  await expectNoAxeViolations(page);

  // The cart is empty now; the order number alone opens nothing.
  await page.goto("/cart");
  await expect(page.getByTestId("cart-empty")).toBeVisible();
  // (It streams, so the status is already sent; the page says not found and is kept out of search.)
  await page.goto(`/orders/${number}`);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  await expect(page.getByText(number!)).toHaveCount(0);

  // The confirmation email, with the order number and how to pay.
  const body = await emailFromMailbox(browser, email, "order-confirmation");
  expect(body).toContain(number!);
  expect(body).toContain("How to pay");
  expect(body).toContain("$35.11");

  // Public tracking: a wrong email gets the same answer as a wrong number.
  await page.goto("/track");
  await expectNoAxeViolations(page);
  await page.getByLabel("Order number").fill(number!);
  await page.getByLabel("Email").fill("someone-else@example.com");
  await page.getByRole("button", { name: "Track order" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /could not find an order with that number and email/,
  );
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Track order" }).click();
  await expect(page.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toHaveText("Awaiting payment");
  await expect(page.getByTestId("order-timeline")).toContainText("Order placed");
  await expectNoAxeViolations(page);
});

test("a guest pays cash on delivery: confirmation, email and tracking", async ({ page, browser }) => {
  const email = uniqueEmail("cod");
  await addToCart(page, "/products/pour-over-coffee-dripper");
  await page.goto("/checkout");
  await page.getByLabel("Email").fill(email);
  await fillUsAddress(page);
  await page.getByRole("radio", { name: /Standard/ }).check();
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page.getByTestId("review-total")).toHaveText("$35.11");
  await page.getByRole("button", { name: "Place order" }).click();

  // Nothing to pay now: the order is placed and goes to packing; no bank details.
  await expect(page.getByRole("heading", { level: 1, name: /Thank you for your order/ })).toBeVisible();
  const number = (await page.getByRole("heading", { level: 1 }).innerText()).match(/NW-[0-9A-Z]{8}/)?.[0];
  expect(number).toBeTruthy();
  await expect(page.getByTestId("order-status")).toHaveText("Placed");
  await expect(page.getByText(/pay the courier in cash on delivery/)).toBeVisible();
  await expect(page.getByTestId("bank-transfer")).toHaveCount(0);

  const body = await emailFromMailbox(browser, email, "order-confirmation");
  expect(body).toContain(number!);
  expect(body).toContain("$35.11");

  await page.goto("/track");
  await page.getByLabel("Order number").fill(number!);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Track order" }).click();
  await expect(page.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toHaveText("Placed");
});

/**
 * A new member orders the coffee dripper and pays on Stripe's page (the fake), which sends
 * them back to the store's order page; returns the order number.
 */
async function payByCardAsNewMember(page: Page): Promise<string> {
  const email = uniqueEmail("member");
  await page.goto("/register");
  await page.getByLabel("Name").fill("Katherine Johnson");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("card-journey-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account/);

  await addToCart(page, "/products/pour-over-coffee-dripper");
  await page.goto("/checkout");
  await expect(page.getByText(email)).toBeVisible();
  await fillUsAddress(page);
  await page.getByRole("radio", { name: /Card, wallet or online banking/ }).check();
  await page.getByRole("button", { name: "Continue to review" }).click();
  await expect(page.getByTestId("review-total")).toHaveText("$35.11");
  await page.getByRole("button", { name: "Continue to payment" }).click();

  // Stripe's hosted page (the fake), then back to the store's success URL.
  await expect(page.getByRole("heading", { name: "Pay 3511 usd" })).toBeVisible();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page).toHaveURL(/\/orders\/NW-[0-9A-Z]{8}\?token=.*payment=return/);
  return /\/orders\/(NW-[0-9A-Z]{8})/.exec(page.url())![1]!;
}

test.describe("paying by card through Stripe", () => {
  const apiUrl = process.env.STRIPE_API_URL;
  test.skip(
    !apiUrl,
    "set STRIPE_API_URL (and the store's Stripe keys) to run the card journey against the fake Stripe",
  );
  let fake: FakeStripe;
  test.beforeAll(async ({}, info) => {
    fake = await startFakeStripe({ port: Number(new URL(apiUrl!).port) });
    fake.webhookUrl = new URL("/api/webhooks/stripe", String(info.project.use.baseURL)).toString();
  });
  test.afterAll(async () => fake?.close());

  test("a signed-in shopper pays on Stripe's page; the webhook marks the order paid; the receipt shows the payment", async ({
    page,
  }) => {
    await payByCardAsNewMember(page);
    // The webhook, not the return, marks it paid; the page refreshes until it has.
    await expect(page.getByTestId("order-status")).toHaveText("Paid", { timeout: 20_000 });
    await expect(page.getByTestId("order-timeline")).toContainText("Payment received");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "View and print your receipt" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Receipt" })).toBeVisible();
    await expect(page.getByTestId("receipt-details")).toContainText(/pi_test_\d+/);
    await expect(page.getByTestId("receipt-total")).toHaveText("$35.11");
    await expectNoAxeViolations(page);

    await page.goto("/account/orders");
    await expect(page.getByTestId("order-row")).toHaveCount(1);
    await expect(page.getByTestId("order-row")).toContainText("Paid");
  });

  test("a card payment Radar rates highest is held: staff see it first with the reason and pack it only after approving", async ({
    page,
    browser,
  }) => {
    fake.payPageCard = { riskLevel: "highest", riskScore: 91 };
    const number = await payByCardAsNewMember(page).finally(() => (fake.payPageCard = undefined));
    // The shopper sees a paid order; the hold is for staff.
    await expect(page.getByTestId("order-status")).toHaveText("Paid", { timeout: 20_000 });

    const staff = await (await browser.newContext()).newPage();
    await logInAsDemoAdmin(staff, "/admin/orders");
    const firstRow = staff
      .getByRole("table", { name: /Orders, held for a risk review first/ })
      .getByRole("row")
      .nth(1);
    await expect(firstRow).toContainText(number);
    await expect(firstRow).toContainText("Held for a risk review");
    await expect(firstRow).toContainText("Stripe Radar rated the card payment highest risk (score 91 of 100).");

    await firstRow.getByRole("link", { name: number }).click();
    const form = (name: string) => staff.getByRole("form", { name, exact: true });
    await expect(staff.getByRole("note").filter({ hasText: "Held for a risk review" })).toContainText(
      "It cannot be packed or shipped until you approve it.",
    );
    await expect(form("Mark packed")).toHaveCount(0);
    await expectNoAxeViolations(staff);

    await form("Approve after the risk review").getByRole("button", { name: "Approve order" }).click();
    await expect(staff.getByRole("note").filter({ hasText: "High risk, approved by staff" })).toBeVisible();
    await form("Mark packed").getByRole("button", { name: "Mark packed" }).click();
    await expect(staff.getByRole("main").getByText(/^packed · placed /)).toBeVisible();
    await staff.context().close();
  });
});
