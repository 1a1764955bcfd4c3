import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type FrameLocator, type Page } from "@playwright/test";

// Helpers the journeys share: one copy each, so a change to the login form or the mailbox
// is fixed in one place.

/** The staff account the embedded default creates on first start (README). */
export const DEMO_ADMIN = { email: "admin@example.com", password: "northwind-demo-admin" };

/** A suffix no other run (or parallel worker) uses: specs share one server and database. */
export function uniqueSuffix(): string {
  return `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${uniqueSuffix()}@example.com`;
}

/**
 * Axe finds nothing on the page's <main> (the part the route owns), or on the whole page
 * when `wholePage` is set (header, footer and navigation included). `exclude` leaves out
 * parts the page does not author, such as the mailbox's sandboxed email preview: axe
 * cannot run inside a frame that may not run scripts, and waits on it forever.
 */
export async function expectNoAxeViolations(
  page: Page,
  { wholePage = false, exclude }: { wholePage?: boolean; exclude?: string } = {},
) {
  // Legacy mode runs axe once in the page: our pages have no cross-origin frames, and the
  // default's second pass (a fresh page to merge per-frame results) doubles each check's time.
  let builder = new AxeBuilder({ page }).setLegacyMode();
  if (!wholePage) builder = builder.include("main");
  if (exclude) builder = builder.exclude(exclude);
  const results = await builder.analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** Fills the login form (opening /login unless a login page is already shown) and submits it. */
export async function logIn(page: Page, email: string, password: string) {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/**
 * Where staff work from: one address, as from the store's office. Each journey's shoppers come
 * from an address of their own (e2e/fixtures.ts), and the login limits make an account's logins
 * from addresses new to it take turns past the first five an hour, so the demo admin signing in
 * from every journey's address would be told "Try again in 1 second" now and then.
 */
const STAFF_ADDRESS = "10.0.0.1";

/** Logs the page in as the demo admin (from the staff's address) and waits for `path` (a staff page) to open. */
export async function logInAsDemoAdmin(page: Page, path = "/admin") {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": STAFF_ADDRESS });
  await page.goto(`/login?callbackUrl=${encodeURIComponent(path)}`);
  await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
  const pathname = path.split("?")[0];
  await page.waitForURL((url) => url.pathname === pathname);
}

/** Places the order from the checkout review and reads its number (NW-…) from the confirmation. */
export async function placeOrder(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Place order" }).click();
  const heading = page.getByRole("heading", { level: 1, name: /Thank you for your order/ });
  await expect(heading).toBeVisible();
  return (await heading.innerText()).match(/NW-[0-9A-Z]{8}/)![0];
}

/** Logs the page in as the demo admin and opens the order placed with `email` from the orders list. */
export async function openOrderAsStaff(page: Page, email: string, number: string) {
  await logInAsDemoAdmin(page, `/admin/orders?${new URLSearchParams({ email })}`);
  await page.getByRole("main").getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Order ${number}` })).toBeVisible();
}

/**
 * Opens the newest email of a template to a recipient in the mailbox (/admin/emails, read
 * as the demo admin in a browser of its own: outside `next dev` the mailbox is staff-only)
 * and hands its rendered body to `read`. One-time links are not in the mailbox: read them
 * from the inbox (e2e/inbox.ts).
 */
export async function readEmail<T>(
  browser: Browser,
  recipient: string,
  template: string,
  read: (email: FrameLocator) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await logInAsDemoAdmin(page, "/admin/emails");
    const row = page.getByRole("row").filter({ hasText: recipient }).filter({ hasText: template }).first();
    // Emails go out from the outbox just after the response: give the dispatcher a moment.
    await expect(async () => {
      await page.reload();
      await expect(row).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await row.getByRole("link").click();
    return await read(page.frameLocator("iframe[title^='Rendered email']"));
  } finally {
    await context.close();
  }
}

/** The text of the newest email of a template to a recipient. */
export function emailFromMailbox(browser: Browser, recipient: string, template: string): Promise<string> {
  return readEmail(browser, recipient, template, (email) => email.locator("body").innerText());
}

/** Adds the product page's current choice to the cart and waits for the confirmation. */
export async function addToCart(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/^Added .* to your cart\.$/)).toBeVisible();
  // The panel that opens after an add (components/cart/added-to-cart-dialog.tsx) is modal.
  await page
    .getByRole("dialog", { name: "Added to your cart" })
    .getByRole("button", { name: "Continue shopping" })
    .click();
}

/** A New York delivery address on the checkout form. */
export async function fillUsAddress(page: Page) {
  await page.getByLabel("Country").selectOption("US");
  await page.getByLabel("Full name").fill("Grace Hopper");
  await page.getByLabel("Street address").fill("1 Navy Yard");
  await page.getByLabel("Town or city").fill("New York");
  await page.getByLabel("State").selectOption("NY");
  await page.getByLabel("ZIP code").fill("10001");
}

/** "$1,234.56" (the first amount in a text) in cents. */
export function centsIn(text: string): number {
  const match = /\$([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`No dollar amount in ${JSON.stringify(text)}`);
  return Number(match[1]!.replace(/,/g, "")) * 100 + Number(match[2]);
}

/** Cents as the store shows them in US dollars ("$1,234.56"). */
export function usd(cents: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
}

/** Tax on an amount at a rate in basis points, rounded half up as the store rounds (lib/pricing/basis-points.ts). */
export function taxOn(cents: number, basisPoints: number): number {
  return Math.floor((cents * basisPoints + 5_000) / 10_000);
}
