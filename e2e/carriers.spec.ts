import { expect, test } from "./fixtures";
import { postTrackerEvent, purchases } from "./carrier";
import { addToCart, expectNoAxeViolations, fillUsAddress, openOrderAsStaff, placeOrder, uniqueEmail } from "./support";

// A guest checks out on a carrier's live rate (and asks for texts); staff ship by buying the
// label from the carrier; the carrier's signed tracker webhooks move the order, and the
// shopper's order page shows what the carrier said. The carrier is the fake EasyPost that
// e2e/global-setup.ts runs.

test.describe.configure({ timeout: 180_000 });

test("a guest picks a live rate, staff buy the label, and the carrier's events reach the order page", async ({
  page: shopper,
  browser,
  baseURL,
}) => {
  const email = uniqueEmail("carrier");
  await addToCart(shopper, "/products/pour-over-coffee-dripper");
  await shopper.goto("/checkout");
  await shopper.getByLabel("Email").fill(email);
  await fillUsAddress(shopper);
  await shopper.getByLabel("Mobile number for texts").fill("(212) 555-0148");
  await shopper.getByLabel("Text me when my order ships and when it is delivered").check();
  await shopper.getByRole("radio", { name: /Standard/ }).check();
  await shopper.getByRole("radio", { name: /Cash on delivery/ }).check();
  await shopper.getByRole("button", { name: "Continue to review" }).click();
  await expect(shopper).toHaveURL(/\/checkout\/review$/);

  // The carrier's rates beside the store's method, which stays chosen until the shopper picks one.
  const options = shopper.getByRole("group", { name: "Delivery options" });
  await expect(options.getByRole("radio", { name: /Standard/ })).toBeChecked();
  await options.getByRole("radio", { name: /USPS Priority/ }).check();
  await shopper.getByRole("button", { name: "Use this delivery" }).click();
  await expect(shopper.getByRole("region", { name: "Shipping" })).toContainText("USPS Priority · 2 business days");
  await expect(shopper.getByRole("region", { name: "Order summary" })).toContainText("$7.58");
  await expectNoAxeViolations(shopper);
  const number = await placeOrder(shopper);
  const orderPage = shopper.url();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await openOrderAsStaff(staff, email, number);
  const form = (name: string) => staff.getByRole("form", { name, exact: true });
  await form("Mark packed").getByRole("button", { name: "Mark packed" }).click();
  await expect(form("Mark packed")).toHaveCount(0);
  const bought = (await purchases()).length;
  await form("Buy label and ship").getByRole("button", { name: "Buy label and ship" }).click();
  await expect(form("Buy label and ship")).toHaveCount(0);
  await expect(staff.getByRole("link", { name: "Shipping label (PDF)" })).toBeVisible();
  const customer = staff.getByRole("region", { name: "Customer" });
  await expect(customer).toContainText("Shipped with USPS");
  const trackingNumber = (await customer.innerText()).match(/9400\d+/)![0];
  const labels = await purchases();
  expect(labels).toHaveLength(bought + 1);
  const { shipmentId } = labels.at(-1)!;
  await staffContext.close();

  const tracking = { shipmentId, trackingCode: trackingNumber };
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
  expect(
    await postTrackerEvent(baseURL!, {
      ...tracking,
      status: "in_transit",
      at: hoursAgo(5),
      message: "Arrived at USPS Regional Facility",
      city: "Kearny",
      state: "NJ",
    }),
  ).toBe(200);
  expect(
    await postTrackerEvent(baseURL!, {
      ...tracking,
      status: "out_for_delivery",
      message: "Out for Delivery",
      city: "New York",
      state: "NY",
    }),
  ).toBe(200);
  const delivered = {
    ...tracking,
    status: "delivered" as const,
    message: "Delivered, In/At Mailbox",
    city: "New York",
    state: "NY",
  };
  expect(await postTrackerEvent(baseURL!, delivered)).toBe(200);

  await shopper.goto(orderPage);
  const updates = shopper.getByRole("region", { name: "Carrier updates" });
  await expect(updates.getByRole("listitem")).toHaveCount(3);
  await expect(updates.getByRole("listitem").first()).toContainText("Delivered");
  await expect(updates).toContainText("Arrived at USPS Regional Facility · Kearny, NJ, US");
  await expect(updates).toContainText("Out for Delivery · New York, NY, US");
  await expect(shopper.getByRole("main")).toContainText("Your order was delivered");
  await expectNoAxeViolations(shopper);
});
