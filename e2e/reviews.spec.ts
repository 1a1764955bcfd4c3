import { expect, test, type Page } from "./fixtures";
import { addToCart, expectNoAxeViolations, fillUsAddress, openOrderAsStaff, placeOrder, uniqueEmail } from "./support";

// Reviews on the embedded default: a shopper registers and orders by cash on delivery → staff
// pack, ship and deliver it in /admin → the product page invites a review, the shopper writes
// one and sees it there (average, count, "Verified purchase") → staff see it in /admin/reviews
// → a second shopper finds the product with search's "4 stars and up".

test.describe.configure({ timeout: 240_000 });

const PRODUCT = { slug: "canvas-tote-bag", name: "Canvas Tote Bag" };

async function register(page: Page, name: string, email: string) {
  await page.goto("/register");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("review-journey-123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account/);
}

test("a shopper who received an order reviews the product and sees the review on its page", async ({
  page: staff,
  browser,
}) => {
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  const email = uniqueEmail("reviewer");
  await register(shopper, "Rae Reviewer", email);

  // Before any order: the form refuses, in words.
  await shopper.goto(`/account/reviews/${PRODUCT.slug}`);
  await expect(shopper.getByText("Only shoppers who received this product can review it.")).toBeVisible();

  // Order it, cash on delivery.
  await addToCart(shopper, `/products/${PRODUCT.slug}`);
  await shopper.goto("/checkout");
  await fillUsAddress(shopper);
  await shopper.getByRole("radio", { name: /Standard/ }).check();
  await shopper.getByRole("radio", { name: /Cash on delivery/ }).check();
  await shopper.getByRole("button", { name: "Continue to review" }).click();
  const number = await placeOrder(shopper);

  // Staff pack, ship and deliver it.
  await openOrderAsStaff(staff, email, number);
  const form = (action: string) => staff.getByRole("form", { name: action, exact: true });
  await form("Mark packed").getByRole("button", { name: "Mark packed" }).click();
  await expect(form("Ship")).toBeVisible();
  await form("Ship").getByLabel("Carrier").fill("UPS");
  await form("Ship").getByLabel("Tracking number").fill(`1Z${Date.now()}`);
  await form("Ship").getByRole("button", { name: "Ship" }).click();
  await expect(form("Mark delivered")).toBeVisible();
  await form("Mark delivered").getByRole("button", { name: "Mark delivered" }).click();
  await expect(form("Mark delivered")).toHaveCount(0);

  // The product page invites a review; the form takes one (a field error first).
  await shopper.goto(`/products/${PRODUCT.slug}`);
  const reviews = shopper.getByRole("region", { name: "Reviews" });
  await expect(reviews).toContainText("No reviews yet");
  await reviews.getByRole("link", { name: "Write a review" }).click();
  await expect(shopper).toHaveURL(new RegExp(`/account/reviews/${PRODUCT.slug}$`));
  await expectNoAxeViolations(shopper);
  await shopper.getByLabel("Title").fill("Carries everything");
  await shopper
    .getByLabel("Your review", { exact: true })
    .fill("Took a week of groceries home in it. <b>Sturdy</b> handles.");
  await shopper.getByRole("button", { name: "Post review" }).click();
  await expect(shopper.getByText("Choose a rating from 1 to 5 stars.")).toBeVisible();
  await shopper.getByRole("radio", { name: "5 stars" }).check();
  await shopper.getByRole("button", { name: "Post review" }).click();
  await expect(shopper.getByText("Thank you! Your review is published.")).toBeVisible();
  await expect(shopper.getByRole("button", { name: "Save changes" })).toBeVisible();

  // On the product page: the summary, the review as text, "Verified purchase".
  await shopper.goto(`/products/${PRODUCT.slug}`);
  await expect(reviews).toContainText("1 review");
  const review = reviews.getByRole("article", { name: "Carries everything" });
  await expect(review).toContainText("Verified purchase");
  await expect(review).toContainText("<b>Sturdy</b> handles.");
  await expect(review).toContainText("Rae");
  await expect(shopper.getByRole("link", { name: /5\.0 \(1 review\)/ })).toBeVisible();
  const jsonLd = JSON.parse((await shopper.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd.aggregateRating).toMatchObject({ ratingValue: 5, reviewCount: 1 });
  await expectNoAxeViolations(shopper);

  // The author cannot vote for their own review.
  await review.getByRole("button", { name: /Helpful/ }).click();
  await expect(review).toContainText("You cannot vote on your own review.");

  // Staff see it for moderation.
  await staff.goto("/admin/reviews");
  await expect(staff.getByRole("heading", { level: 1, name: "Reviews" })).toBeVisible();
  await expect(staff.getByRole("article", { name: "Carries everything" })).toContainText(email);
  await expectNoAxeViolations(staff);

  // A second shopper finds the product among the four-star-and-up results once it is reindexed.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await expect(async () => {
    await other.goto(`/search?${new URLSearchParams({ q: PRODUCT.name })}`);
    await other.getByLabel(/4 stars and up/).check({ timeout: 2_000 });
    await expect(other).toHaveURL(/rating=4/, { timeout: 5_000 });
    await expect(
      other
        .getByRole("main")
        .getByRole("link", { name: new RegExp(PRODUCT.name) })
        .first(),
    ).toBeVisible({
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] });
  await expectNoAxeViolations(other);

  await otherContext.close();
  await shopperContext.close();
});
