import { expect, test } from "./fixtures";
import { expectNoAxeViolations, logInAsDemoAdmin } from "./support";

// The owner's reading pages: the dashboard with its date range, customers with guests, the
// discount codes by status. Each passes axe, the dashboard at phone width too.

test("the dashboard shows what to do and sales for a chosen range, and passes axe", async ({ page }) => {
  await logInAsDemoAdmin(page, "/admin");
  const main = page.getByRole("main");
  await expect(main.getByText("Orders to ship", { exact: true })).toBeVisible();
  await expect(main.getByText("Awaiting payment", { exact: true })).toBeVisible();
  const periods = main.getByRole("table", { name: /by period/ });
  for (const period of ["Today", "Last 7 days", "Last 30 days"]) {
    await expect(periods.getByRole("rowheader", { name: period })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await main.getByLabel("From", { exact: true }).fill("2026-01-01");
  await main.getByLabel("To", { exact: true }).fill("2026-01-31");
  await main.getByRole("button", { name: "Show" }).click();
  await expect(periods.getByRole("rowheader", { name: "2026-01-01 to 2026-01-31" })).toBeVisible();
  await expect(main.getByRole("img", { name: /2026-01-01 to 2026-01-31/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/admin?from=2026-02-01&to=2026-01-01");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "The start date must be on or before the end date.",
  );
  await expect(page.getByLabel("From", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin");
  await expectNoAxeViolations(page);
});

test("customers and discount codes filter, say when nothing matches, and pass axe", async ({ page }) => {
  await logInAsDemoAdmin(page, "/admin/customers");
  const main = page.getByRole("main");
  await main.getByLabel("Show", { exact: true }).selectOption("guest");
  await main.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/role=guest/);
  await expectNoAxeViolations(page);

  await page.goto("/admin/customers?q=nobody-matches-this");
  await expect(main.getByText("No customers match this search.")).toBeVisible();

  await page.goto("/admin/discounts");
  await main.getByLabel("Status", { exact: true }).selectOption("expired");
  await main.getByRole("button", { name: "Filter" }).click();
  await page.waitForURL(/status=expired/);
  await expect(main.getByText(/^\d+ codes?, expired$/)).toBeVisible();
  await expectNoAxeViolations(page);
});
