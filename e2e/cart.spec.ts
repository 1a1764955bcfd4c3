import { expect, test, type Locator, type Page } from "./fixtures";
import { centsIn, expectNoAxeViolations, taxOn, usd } from "./support";

// Issue 5: add two variants, change a quantity, remove one; every figure on the cart page is
// checked against the prices the product page showed. The cart keeps its lines across a
// reload, and a quantity above the stock gets a clear message and changes nothing.

// The store's published US estimate before an address is known (lib/pricing/):
// standard shipping 5.99, free from 75.00 of goods; 7% tax on the goods.
const US_STANDARD_SHIPPING = 599;
const US_FREE_SHIPPING_FROM = 7500;
const US_TAX_BASIS_POINTS = 700;

type Variant = { name: string; price: number; stock: number | null };

/** Chooses a variant on the product page and reads its price and any "Only N left". */
async function readVariant(page: Page, name: string): Promise<Variant> {
  const link = page.getByRole("link", { name, exact: true });
  await link.click();
  // The picker marks the choice once the page shows that variant's price and stock.
  await expect(link).toHaveAttribute("aria-current", "true");
  await expect(page).toHaveURL(/\?variant=/);
  const price = centsIn(await page.getByTestId("product-price").innerText());
  const stockText = await page.getByTestId("stock-status").first().innerText();
  const only = /Only (\d+) left/.exec(stockText);
  return { name, price, stock: only ? Number(only[1]) : null };
}

async function addShownVariant(page: Page) {
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/^Added .* to your cart\.$/)).toBeVisible();
  // The panel that opens after an add (components/cart/added-to-cart-dialog.tsx) is modal.
  await page
    .getByRole("dialog", { name: "Added to your cart" })
    .getByRole("button", { name: "Continue shopping" })
    .click();
}

/** Every figure the cart page shows, against what the lines should be. */
async function expectCart(page: Page, lines: { variant: Variant; quantity: number }[]) {
  const subtotal = lines.reduce((sum, l) => sum + l.variant.price * l.quantity, 0);
  const items = lines.reduce((sum, l) => sum + l.quantity, 0);
  const shipping = subtotal >= US_FREE_SHIPPING_FROM ? 0 : US_STANDARD_SHIPPING;
  const tax = taxOn(subtotal, US_TAX_BASIS_POINTS);

  await expect(page.getByTestId("cart-line")).toHaveCount(lines.length);
  for (const { variant, quantity } of lines) {
    const line = cartLine(page, variant);
    await expect(line.getByTestId("unit-price")).toHaveText(usd(variant.price));
    await expect(line.getByLabel(/^Quantity/)).toHaveValue(String(quantity));
    await expect(line.getByTestId("line-total")).toHaveText(usd(variant.price * quantity));
  }
  await expect(
    page.getByRole("main").getByText(`${items} ${items === 1 ? "item" : "items"}`, { exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId("cart-subtotal")).toHaveText(usd(subtotal));
  await expect(page.getByTestId("cart-shipping")).toHaveText(usd(shipping));
  await expect(page.getByTestId("cart-tax")).toHaveText(usd(tax));
  await expect(page.getByTestId("cart-total")).toHaveText(usd(subtotal + shipping + tax));
  const freeShippingHint = page.getByText(/more for free standard shipping/);
  if (shipping === 0) await expect(freeShippingHint).toHaveCount(0);
  else
    await expect(freeShippingHint).toHaveText(
      `Add ${usd(US_FREE_SHIPPING_FROM - subtotal)} more for free standard shipping.`,
    );
  await expect(headerCount(page)).toHaveText(String(items));
}

const cartLine = (page: Page, variant: Variant): Locator =>
  page.getByTestId("cart-line").filter({ hasText: variant.name });
const headerCount = (page: Page) => page.locator("header").getByTestId("cart-count");

async function setQuantity(line: Locator, quantity: number) {
  await line.getByLabel(/^Quantity/).fill(String(quantity));
  await line.getByRole("button", { name: /^Update/ }).click();
}

test("add two variants, change a quantity, remove one: every figure on the cart page adds up", async ({ page }) => {
  await page.goto("/products/stoneware-mug-set");
  const small = await readVariant(page, "Set of 2");
  await addShownVariant(page);
  await expect(headerCount(page)).toHaveText("1");
  const large = await readVariant(page, "Set of 4");
  await addShownVariant(page);
  await expect(headerCount(page)).toHaveText("2");
  expect(small.price).not.toBe(large.price);

  await page.locator("header").getByRole("link", { name: /^Cart/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expectCart(page, [
    { variant: small, quantity: 1 },
    { variant: large, quantity: 1 },
  ]);
  await expectNoAxeViolations(page);

  // Change a quantity: the line, the summary and the header follow.
  await setQuantity(cartLine(page, small), 3);
  await expectCart(page, [
    { variant: small, quantity: 3 },
    { variant: large, quantity: 1 },
  ]);

  // The cart is kept on the server: a reload shows the same lines and figures.
  await page.reload();
  await expectCart(page, [
    { variant: small, quantity: 3 },
    { variant: large, quantity: 1 },
  ]);

  // Remove one line.
  await cartLine(page, large)
    .getByRole("button", { name: /^Remove/ })
    .click();
  await expectCart(page, [{ variant: small, quantity: 3 }]);

  // Below the free-shipping threshold the estimate charges standard shipping again.
  await setQuantity(cartLine(page, small), 1);
  await expectCart(page, [{ variant: small, quantity: 1 }]);
  await expectNoAxeViolations(page);
});

test("a quantity above the stock gets a clear message and leaves the cart as it was", async ({ page }) => {
  await page.goto("/products/stoneware-mug-set");
  const large = await readVariant(page, "Set of 4");
  expect(large.stock, "the Set of 4 shows how many are left").not.toBeNull();
  await addShownVariant(page);

  await page.goto("/cart");
  await expectCart(page, [{ variant: large, quantity: 1 }]);
  const line = cartLine(page, large);
  await setQuantity(line, large.stock! + 1);
  await expect(line.getByText(`Only ${large.stock} left in stock.`)).toBeVisible();
  await expect(line.getByLabel(/^Quantity/)).toHaveAttribute("aria-invalid", "true");
  await expect(line.getByTestId("line-total")).toHaveText(usd(large.price));
  await expect(page.getByTestId("cart-subtotal")).toHaveText(usd(large.price));
  await expect(headerCount(page)).toHaveText("1");

  await page.reload();
  await expectCart(page, [{ variant: large, quantity: 1 }]);

  // The most there is still goes in.
  await setQuantity(cartLine(page, large), large.stock!);
  await expectCart(page, [{ variant: large, quantity: large.stock! }]);
});
