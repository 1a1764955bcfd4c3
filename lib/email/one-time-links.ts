import { env } from "@/lib/env";

// A password-reset or email-verification link in an email is for its addressee only. The
// copy the store keeps (the sent-email log, read in /admin/emails) holds it only under
// `next dev`, where the developer is the only user and the mailbox is the only way to read
// it. Everywhere else staff could read, say, the admin's reset link and take the account.

/** Whether the stored copy of an email keeps its one-time link: only under `next dev`. */
export function mailboxKeepsOneTimeLinks(): boolean {
  return env.NODE_ENV === "development";
}

const ONE_TIME_LINK = /(\/(?:reset-password|verify-email)\?token=)[A-Za-z0-9_%-]+/g;

/**
 * A stored email's HTML or text with any one-time link's token removed: for emails logged
 * before the log was redacted at write time, whose links may still work.
 */
export function withoutOneTimeLinks(content: string): string {
  return content.replace(ONE_TIME_LINK, "$1removed");
}
