import { expect, type Browser } from "@playwright/test";

// The shoppers' inbox in the e2e run: the fake Resend (tests/helpers/fake-resend.ts) that
// e2e/global-setup.ts starts, which the store sends every email to. Its GET /emails lists
// what it "delivered".

export const E2E_RESEND_KEY = "re_e2e_fake";

type Delivered = { to: string | string[]; subject: string; html?: string };

async function newestTo(recipient: string, subject: RegExp): Promise<Delivered | undefined> {
  const response = await fetch(`${process.env.E2E_RESEND_URL}/emails`);
  const delivered = (await response.json()) as Delivered[];
  return delivered.filter((e) => [e.to].flat().includes(recipient) && subject.test(e.subject)).at(-1);
}

/** The address of a named link (a reset or confirmation link) in the newest such email to `recipient`. */
export async function linkFromInbox(
  browser: Browser,
  recipient: string,
  subject: RegExp,
  linkName: string,
): Promise<string> {
  let email: Delivered | undefined;
  // Emails go out from the outbox just after the response: give the dispatcher a moment.
  await expect(async () => {
    email = await newestTo(recipient, subject);
    expect(email, `an email to ${recipient} matching ${subject}`).toBeTruthy();
  }).toPass({ timeout: 20_000 });
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.setContent(email!.html ?? "");
    const href = await page.getByRole("link", { name: linkName }).getAttribute("href");
    expect(href).toBeTruthy();
    return href!;
  } finally {
    await context.close();
  }
}
