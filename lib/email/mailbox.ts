import "server-only";
import { desc, eq, lt } from "drizzle-orm";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { emails } from "@/db/schema";
import { isStaffSession } from "@/lib/auth";
import { env } from "@/lib/env";
import { mailboxKeepsOneTimeLinks, withoutOneTimeLinks } from "./one-time-links";

/**
 * Who may read the sent-email log: anyone under `next dev`, where it is the developer's
 * inbox; everywhere else staff and admins (docs/architecture.md), who never see a one-time
 * link in it (lib/email/one-time-links.ts). Every mailbox page and read goes through here.
 */
export async function canViewMailbox(): Promise<boolean> {
  return env.NODE_ENV === "development" || (await isStaffSession());
}

// The reads check too, not only the pages (authorization lives in the data layer): a 404,
// which does not even confirm that the log exists.
async function assertCanViewMailbox(): Promise<void> {
  if (!(await canViewMailbox())) notFound();
}

export const MAILBOX_PAGE_SIZE = 50;

export type MailboxEntry = Pick<
  typeof emails.$inferSelect,
  "id" | "createdAt" | "recipient" | "subject" | "template" | "status" | "provider"
>;

/** Newest first, a page at a time: `before` is the smallest id of the previous page. */
export async function listEmails(options: { before?: number; limit?: number } = {}): Promise<MailboxEntry[]> {
  await assertCanViewMailbox();
  return db
    .select({
      id: emails.id,
      createdAt: emails.createdAt,
      recipient: emails.recipient,
      subject: emails.subject,
      template: emails.template,
      status: emails.status,
      provider: emails.provider,
    })
    .from(emails)
    .where(options.before ? lt(emails.id, options.before) : undefined)
    .orderBy(desc(emails.id))
    .limit(options.limit ?? MAILBOX_PAGE_SIZE);
}

export async function getEmail(id: number): Promise<typeof emails.$inferSelect | null> {
  await assertCanViewMailbox();
  const [email] = await db.select().from(emails).where(eq(emails.id, id));
  if (!email || mailboxKeepsOneTimeLinks()) return email ?? null;
  return { ...email, html: withoutOneTimeLinks(email.html), text: withoutOneTimeLinks(email.text) };
}
