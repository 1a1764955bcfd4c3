import { expect, test } from "./fixtures";
import { linkFromInbox } from "./inbox";
import { expectNoAxeViolations, logIn, uniqueEmail } from "./support";

// The account journey on the embedded default: register → log out → log in → edit the
// profile → add an address → request a reset → follow the link from the inbox → set a
// new password → a session opened elsewhere before the reset is gone.
// The links are read from the inbox (e2e/inbox.ts): nobody but the addressee may read a
// one-time link, so the store's mailbox does not show it outside `next dev`.

// Long journeys (several browsers): more than the default minute under `next dev`.
test.describe.configure({ timeout: 150_000 });

test("register, log in, edit profile and addresses, reset the password and end old sessions", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("shopper");
  const firstPassword = "first-password-123";
  const newPassword = "second-password-456";

  // Register (with a field error first).
  await page.goto("/register");
  await expectNoAxeViolations(page);
  await page.getByLabel("Name").fill("Ada Shopper");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Password", { exact: true }).fill(firstPassword);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByText("Not verified")).toBeVisible();
  await expectNoAxeViolations(page);

  // Log out, and /account sends a visitor to login and back.
  const accountNav = page.getByRole("navigation", { name: "Your account" });
  await accountNav.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account/addresses");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Faddresses/);
  await expectNoAxeViolations(page);
  await logIn(page, email, "wrong-password-000");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await logIn(page, email, firstPassword);
  await expect(page).toHaveURL(/\/account\/addresses$/);

  // Edit the profile.
  await page.goto("/account");
  await page.getByLabel("Name").fill("Ada Lovelace");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name has been saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name")).toHaveValue("Ada Lovelace");

  // Add an address: the country's rules apply.
  await page.goto("/account/addresses/new");
  await page.getByLabel("Country").selectOption("CA");
  await page.getByLabel("Full name").fill("Ada Lovelace");
  await page.getByLabel("Street address").fill("24 Sussex Drive");
  await page.getByLabel("Town or city").fill("Ottawa");
  await page.getByLabel("Postal code").fill("12345");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page.getByText("Enter a postal code in the format K1A 0B1.")).toBeVisible();
  await expect(page.getByText("Choose a province or territory.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Province or territory").selectOption("ON");
  await page.getByLabel("Postal code").fill("k1a0b1");
  await page.getByRole("button", { name: "Save address" }).click();
  await expect(page).toHaveURL(/\/account\/addresses\?notice=added/);
  // Scoped to the page shown: Next keeps the last few pages, hidden, for going back.
  await expect(page.getByRole("main").getByText("Ottawa, ON, K1A 0B1")).toBeVisible();
  await expect(page.getByRole("main").getByText("Default delivery address", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  // A second browser logs in before the reset.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/login?callbackUrl=/account");
  await logIn(otherPage, email, firstPassword);
  await expect(otherPage).toHaveURL(/\/account$/);

  // Request a reset: the answer does not say whether the account exists.
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("If an account uses that email address");

  // Follow the link from the inbox and choose a new password.
  const resetUrl = await linkFromInbox(browser, email, /^Reset your/, "Choose a new password");
  await page.goto(resetUrl);
  await expectNoAxeViolations(page);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Repeat the new password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?notice=password-reset/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("Your password has been changed");

  // The link works once.
  await page.goto(resetUrl);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();

  // The session opened before the reset is gone.
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/login\?callbackUrl=%2Faccount/);
  await other.close();

  // Only the new password works now.
  await logIn(page, email, firstPassword);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await logIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("a password change keeps this session and ends the others; an email change needs the new address confirmed; log out everywhere", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("security");
  const newEmail = `moved-${email}`;
  await page.goto("/register");
  await page.getByLabel("Name").fill("Sec Urity");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("first-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/account/);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await logIn(otherPage, email, "first-password-1");
  await expect(otherPage).toHaveURL(/\/account$/);

  // Password change: the current password is required.
  await page.goto("/account/security");
  await expectNoAxeViolations(page);
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill("second-password-2");
  await page.getByLabel("Repeat the new password").fill("second-password-2");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is incorrect.").first()).toBeVisible();
  await page.getByLabel("Current password").fill("first-password-1");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/notice=password-changed/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/account$/);
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  // Email change: nothing changes until the link sent to the new address is followed.
  await page.getByLabel("New email address").fill(newEmail);
  await page.getByLabel("Current password").fill("second-password-2");
  await page.getByRole("button", { name: "Change email" }).click();
  await expect(page.getByText(`We sent a confirmation link to ${newEmail}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText("Waiting for confirmation")).toBeVisible();
  const verifyUrl = await linkFromInbox(browser, newEmail, /^Confirm your email address/, "Confirm email address");
  await page.goto(verifyUrl);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page).toHaveURL(/\/account\?notice=email-verified/);
  await expect(page.getByText(newEmail)).toBeVisible();
  await expect(page.getByText("Verified", { exact: true })).toBeVisible();

  // Log out everywhere ends this session too.
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Log out everywhere" }).click();
  await expect(page).toHaveURL(/notice=logged-out-everywhere/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  await logIn(page, newEmail, "second-password-2");
  await expect(page).toHaveURL(/\/account$/);
});
