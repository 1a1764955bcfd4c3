import { followedNumbers } from "./carrier";
import { expect, test, type Page } from "./fixtures";
import {
  DEMO_ADMIN,
  expectNoAxeViolations,
  fillUsAddress,
  logInAsDemoAdmin,
  placeOrder,
  taxOn,
  uniqueEmail,
  usd,
} from "./support";

// The store admin on the embedded default, as the demo admin (README): staff create and
// publish a product → a shopper (a browser of their own) finds it in its category and in
// search, and orders it by bank transfer → staff mark the order paid, pack it and ship it
// with a carrier and tracking number → the shopper sees the tracking on the order page and
// on /track, and the "shipped" email is in the mailbox.

// Long journeys on a busy two-core machine: more than the default minute.
test.describe.configure({ timeout: 240_000 });

/** A word no other product has (letters only, so search treats it as one word). */
function uniqueWord(): string {
  const raw = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return `Zq${raw.replace(/\d/g, (d) => "bcdfghjklm"[Number(d)]!)}`;
}

/** The admin page's one-line status ("awaiting payment · placed …"). */
const adminStatus = (page: Page, status: string) =>
  page.getByRole("main").getByText(new RegExp(`^${status} · placed `));

test("staff publish a product, a shopper orders it, staff ship it and the shopper can track it", async ({
  page: staff,
  browser,
}) => {
  const word = uniqueWord();
  const name = `Walnut Drip Stand ${word}`;
  const sku = `E2E-${word.toUpperCase()}`;
  const priceCents = 2450;
  const shopperEmail = uniqueEmail("admin-journey");
  // A UPS-shaped number (1Z and 16 more), which the carrier service (the fake EasyPost) can follow.
  const trackingNumber = `1Z${word.toUpperCase().padEnd(16, "0").slice(0, 16)}`;

  // Staff create the product: a category, a description, a specification, one variant.
  await logInAsDemoAdmin(staff, "/admin/products");
  await staff.getByRole("link", { name: "New product" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "New product" })).toBeVisible();
  // Scoped to the page shown: Next keeps the products list, hidden, for going back.
  const editor = staff.getByRole("main");
  await editor.getByLabel("Name", { exact: true }).fill(name);
  await editor.getByLabel("Brand").fill("Ember & Oak");
  await editor.getByLabel("Category").selectOption({ label: "Home › Kitchen › Coffee & Tea" });
  await editor.getByLabel("Description").fill(`A solid walnut stand for a pour-over dripper (${word}).`);
  await editor.getByLabel("Name (row 1)").fill("Material");
  await editor.getByLabel("Value (row 1)").fill("Oiled walnut");
  await editor.getByLabel("SKU (row 1)").fill(sku);
  await editor.getByLabel("Price (row 1)").fill((priceCents / 100).toFixed(2));
  await editor.getByLabel("Stock (row 1)").fill("7");
  await staff.getByRole("button", { name: "Create product" }).click();

  // Saved as a draft: the edit page opens, and the store does not show it yet.
  await staff.waitForURL(/\/admin\/products\/\d+$/);
  await expect(staff.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(staff.getByText("Status: draft")).toBeVisible();
  await expectNoAxeViolations(staff);
  const productUrl = staff.url();

  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  expect((await shopper.goto(`/products/${slug}`))?.status()).toBe(404);
  // Nor does search.
  await shopper.goto(`/search?q=${word}`);
  await expect(shopper.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(shopper.getByRole("main").getByRole("link", { name: new RegExp(name) })).toHaveCount(0);

  await staff.getByRole("button", { name: "Publish" }).click();
  await expect(staff.getByText("Status: active")).toBeVisible();
  await expect(staff.getByRole("link", { name: "View in store" })).toHaveAttribute("href", `/products/${slug}`);

  // The shopper finds it in its category and in search once the outbox has indexed it (just
  // after the publish's response): category pages list from the search index.
  await expect(async () => {
    await shopper.goto("/categories/coffee-tea");
    await expect(shopper.getByRole("main").getByRole("link", { name: new RegExp(name) })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000, intervals: [500, 1_000, 2_000] });
  await expect(async () => {
    await shopper.goto(`/search?${new URLSearchParams({ q: name })}`);
    await expect(shopper.getByRole("main").getByRole("link", { name: new RegExp(name) })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000, intervals: [500, 1_000, 2_000] });
  await shopper
    .getByRole("main")
    .getByRole("link", { name: new RegExp(name) })
    .first()
    .click();
  await expect(shopper.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(shopper.getByTestId("product-price")).toContainText(usd(priceCents));
  await expect(shopper.getByRole("table")).toContainText("Oiled walnut");

  // A guest checkout by bank transfer to New York: standard shipping (under the free
  // threshold) and New York's 4% tax on the goods.
  await shopper.getByRole("button", { name: "Add to cart" }).click();
  await expect(shopper.getByText(/^Added .* to your cart\.$/)).toBeVisible();
  await shopper.goto("/checkout");
  await shopper.getByLabel("Email").fill(shopperEmail);
  await fillUsAddress(shopper);
  await shopper.getByRole("radio", { name: /Standard/ }).check();
  await shopper.getByRole("radio", { name: /Bank transfer/ }).check();
  await shopper.getByRole("button", { name: "Continue to review" }).click();
  await expect(shopper).toHaveURL(/\/checkout\/review$/);
  const total = usd(priceCents + 599 + taxOn(priceCents, 400));
  await expect(shopper.getByTestId("review-total")).toHaveText(total);
  const number = await placeOrder(shopper);
  const orderUrl = shopper.url();
  await expect(shopper.getByTestId("order-status")).toHaveText("Awaiting payment");

  // Staff find the order by the customer's email.
  await staff.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Orders" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await staff.getByRole("main").getByLabel("Customer email").fill(shopperEmail);
  await staff.getByRole("button", { name: "Filter" }).click();
  await staff.waitForURL(/email=/);
  const orderRow = staff.getByRole("row").filter({ hasText: shopperEmail });
  await expect(orderRow).toHaveCount(1);
  await expect(orderRow).toContainText(total);
  await expectNoAxeViolations(staff);
  await orderRow.getByRole("link", { name: number }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
  await expect(adminStatus(staff, "awaiting payment")).toBeVisible();
  await expect(staff.getByRole("main")).toContainText(name);
  await expectNoAxeViolations(staff);

  // Unpaid, a bank transfer order offers only payment or cancellation: nothing ships unpaid.
  const form = (action: string) => staff.getByRole("form", { name: action, exact: true });
  await expect(form("Mark paid")).toBeVisible();
  await expect(form("Cancel order")).toBeVisible();
  await expect(form("Mark packed")).toHaveCount(0);
  await expect(form("Ship")).toHaveCount(0);

  await form("Mark paid").getByLabel("Payment reference").fill(`BANK-${number}`);
  await form("Mark paid").getByRole("button", { name: "Mark paid" }).click();
  await expect(adminStatus(staff, "paid")).toBeVisible();
  await expect(form("Mark paid")).toHaveCount(0);
  await expect(staff.getByRole("main")).toContainText(`BANK-${number}`);

  // A second tab opened now goes stale once the order is packed in the first.
  const staleTab = await staff.context().newPage();
  await staleTab.goto(staff.url());
  await expect(staleTab.getByRole("form", { name: "Mark packed", exact: true })).toBeVisible();

  await form("Mark packed").getByRole("button", { name: "Mark packed" }).click();
  await expect(adminStatus(staff, "packed")).toBeVisible();
  await expect(form("Mark packed")).toHaveCount(0);

  // The stale tab's second "pack" is refused with a reason, and changes nothing.
  const staleForm = staleTab.getByRole("form", { name: "Mark packed", exact: true });
  await staleForm.getByRole("button", { name: "Mark packed" }).click();
  await expect(staleForm.getByRole("alert")).toHaveText("A packed order cannot be packed.");
  await staleTab.reload();
  await expect(adminStatus(staleTab, "packed")).toBeVisible();
  await staleTab.close();

  // Shipping needs a carrier and a tracking number.
  await form("Ship").getByRole("button", { name: "Ship" }).click();
  await expect(form("Ship").getByText("Enter the carrier.")).toBeVisible();
  await expect(form("Ship").getByLabel("Carrier")).toHaveAttribute("aria-invalid", "true");
  await expect(adminStatus(staff, "packed")).toBeVisible();
  await form("Ship").getByLabel("Carrier").fill("UPS");
  await form("Ship").getByLabel("Tracking number").fill(trackingNumber);
  await form("Ship").getByLabel("Tracking link").fill(`https://www.ups.com/track?tracknum=${trackingNumber}`);
  await form("Ship").getByRole("button", { name: "Ship" }).click();
  await expect(adminStatus(staff, "shipped")).toBeVisible();
  await expect(staff.getByRole("main")).toContainText(`Shipped with UPS: ${trackingNumber}`);
  // The number staff typed is handed to the carrier service to follow (through the outbox).
  await expect.poll(followedNumbers, { timeout: 20_000 }).toContain(trackingNumber);
  await expect(form("Ship")).toHaveCount(0);
  await expect(form("Cancel order")).toHaveCount(0);
  await expect(form("Mark delivered")).toBeVisible();
  await expectNoAxeViolations(staff);

  // The shopper's order page (the confirmation link) shows the parcel's carrier and number.
  await shopper.goto(orderUrl);
  await expect(shopper.getByTestId("order-status")).toHaveText("Shipped");
  await expect(shopper.getByRole("main")).toContainText(`UPS tracking number ${trackingNumber}`);
  await expect(
    shopper
      .getByRole("main")
      .getByRole("link", { name: /Track the parcel/ })
      .first(),
  ).toHaveAttribute("href", `https://www.ups.com/track?tracknum=${trackingNumber}`);
  const timeline = shopper.getByTestId("order-timeline");
  for (const step of ["Order placed", "Payment received", "Packed", "Shipped"])
    await expect(timeline).toContainText(step);

  // So does the public tracking page.
  await shopper.goto("/track");
  await shopper.getByLabel("Order number").fill(number);
  await shopper.getByLabel("Email").fill(shopperEmail);
  await shopper.getByRole("button", { name: "Track order" }).click();
  await expect(shopper.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  await expect(shopper.getByTestId("order-status")).toHaveText("Shipped");
  await expect(shopper.getByRole("main")).toContainText(`UPS tracking number ${trackingNumber}`);
  await shopperContext.close();

  // The "shipped" email to the shopper, in the mailbox.
  await staff.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Sent email" }).click();
  // Reloading before the client-side navigation lands would reload the order page instead.
  await staff.waitForURL((url) => url.pathname === "/admin/emails");
  const emailRow = staff.getByRole("row").filter({ hasText: shopperEmail }).filter({ hasText: "order-shipped" });
  await expect(async () => {
    await staff.reload();
    await expect(emailRow).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expectNoAxeViolations(staff);
  await emailRow.getByRole("link").click();
  const body = staff.frameLocator("iframe[title^='Rendered email']").locator("body");
  await expect(body).toContainText(number);
  await expect(body).toContainText("UPS");
  await expect(body).toContainText(trackingNumber);
  await expectNoAxeViolations(staff, { exclude: "iframe[title^='Rendered email']" });

  // The product's stock went down by the one sold.
  await staff.goto(productUrl);
  await expect(staff.getByRole("main").getByLabel("Stock (row 1)")).toHaveValue("6");
});

// Axe on the main admin pages, each opened from the keyboard through the admin navigation
// (a real link takes focus and follows on Enter). Three groups, so that a slow machine
// spends its time budget on each group rather than on the whole list at once.
async function openFromAdminNav(page: Page, link: string, heading: string | RegExp) {
  const target = page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: link, exact: true });
  await target.focus();
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
}

test("the catalog admin pages pass axe: dashboard, products, new and edit product, categories, stock", async ({
  page,
}) => {
  await logInAsDemoAdmin(page, "/admin/products");
  await openFromAdminNav(page, "Dashboard", "Dashboard");
  await openFromAdminNav(page, "Products", "Products");
  await page.getByRole("main").getByRole("link", { name: "New product" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New product" })).toBeVisible();
  await expectNoAxeViolations(page);

  await openFromAdminNav(page, "Products", "Products");
  await page.getByRole("main").getByRole("table").getByRole("link").first().click();
  await page.waitForURL(/\/admin\/products\/\d+$/);
  await expect(page.getByRole("button", { name: "Save product" })).toBeVisible();
  await expectNoAxeViolations(page);

  await openFromAdminNav(page, "Categories", "Categories");
  await openFromAdminNav(page, "Stock", "Low stock");
});

test("the customer admin pages pass axe: orders, customers and one customer, discounts and a new discount", async ({
  page,
}) => {
  await logInAsDemoAdmin(page, "/admin/orders");
  await openFromAdminNav(page, "Orders", "Orders");
  await openFromAdminNav(page, "Customers", "Customers");
  await page.getByRole("main").getByRole("link", { name: DEMO_ADMIN.email }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Demo admin" })).toBeVisible();
  await expectNoAxeViolations(page);

  await openFromAdminNav(page, "Discounts", "Discount codes");
  await page.getByRole("main").getByRole("link", { name: "New discount" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New discount code" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the log admin pages pass axe: sent email and texts, failed events, audit log", async ({ page }) => {
  // The email list and one email are checked in the journey above, once it has sent one.
  await logInAsDemoAdmin(page, "/admin/emails");
  await openFromAdminNav(page, "Sent email", "Sent email");
  await openFromAdminNav(page, "Sent texts", "Sent texts");
  await openFromAdminNav(page, "Failed events", "Failed background events");
  await openFromAdminNav(page, "Audit log", "Audit log");
});
