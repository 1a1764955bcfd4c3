import { expect, test, type Locator, type Page } from "./fixtures";
import { expectNoAxeViolations } from "./support";

// Search on the embedded default (Postgres engine, seeded demo catalog): a misspelt name in
// the search box, a suggestion picked with the keyboard, the product page; then the
// results page with its facets, sort and "did you mean".

/** The header's search box once it is mounted there; /search's own box until then. */
async function searchBox(page: Page): Promise<Locator> {
  await page.goto("/");
  const header = page.locator("header").getByRole("combobox");
  if ((await header.count()) > 0) return header.first();
  await page.goto("/search");
  return page.getByRole("combobox", { name: "Search again" });
}

test("a misspelt name suggests the product, and picking it opens the product page", async ({ page }) => {
  const box = await searchBox(page);
  await box.click();
  await box.pressSequentially("lether jaket", { delay: 30 });

  const listbox = page.getByRole("listbox", { name: "Suggestions" });
  const suggestion = listbox.getByRole("option", { name: /Leather Jacket/ });
  await expect(suggestion).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expectNoAxeViolations(page, { wholePage: true });

  // Arrow down to the suggestion: the active option is announced through aria-activedescendant.
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", (await suggestion.getAttribute("id"))!);
  await expect(suggestion).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");

  await page.waitForURL(/\/products\/leather-jacket$/);
  await expect(page.getByRole("heading", { level: 1, name: "Leather Jacket" })).toBeVisible();
});

test("Escape closes the suggestions and Enter without a choice searches", async ({ page }) => {
  const box = await searchBox(page);
  await box.fill("runing shoes");
  await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeVisible();
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.press("Enter");
  await page.waitForURL(/\/search\?q=runing\+shoes/);
  await expect(page.getByText(/Showing results for/)).toContainText("running shoes");
  await expect(page.getByRole("heading", { name: /of \d+ products/ })).toBeVisible();
});

test("the results page filters, sorts and pages through the URL, and suggests a spelling when nothing matches", async ({
  page,
}) => {
  await page.goto("/search?q=jacket");
  const results = page.getByRole("region", { name: /products/ });
  await expect(page.locator("main mark").first()).toHaveText(/jacket/i);
  await expectNoAxeViolations(page, { wholePage: true });

  await page.getByRole("checkbox", { name: /Kestrel Outdoor/ }).check();
  await page.waitForURL(/brand=Kestrel\+Outdoor/);
  await expect(page.getByRole("checkbox", { name: /Kestrel Outdoor/ })).toBeChecked();
  await page.getByLabel("Sort by").selectOption("price-asc");
  await page.waitForURL(/sort=price-asc/);
  await expect(results.getByRole("listitem").first()).toBeVisible();

  await page.goto("/search?q=ovn");
  await expect(page.getByText("Did you mean")).toBeVisible();
  await page.goto("/search?q=%27%3B%20DROP%20TABLE%20products%3B%20--%20%25_%5C%20%F0%9F%A7%A5");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DROP TABLE");
});
