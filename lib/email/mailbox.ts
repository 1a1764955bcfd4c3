import "server-only";
import { desc, eq, lt } from "drizzle-orm";
import { db } from "@/db";
import { emails } from "@/db/schema";
import { env } from "@/lib/env";

/**
 * Who may read the sent-email log. It holds password-reset links on the embedded default,
 * so it is open only under `next dev` for now (DESIGN.md). The accounts work extends this
 * with "or the caller is staff"; every mailbox page and read goes through here.
 */
export async function canViewMailbox(): Promise<boolean> {
  return env.NODE_ENV === "development";
}

export const MAILBOX_PAGE_SIZE = 50;

export type MailboxEntry = Pick<
  typeof emails.$inferSelect,
  "id" | "createdAt" | "recipient" | "subject" | "template" | "status" | "provider"
>;

/** Newest first, a page at a time: `before` is the smallest id of the previous page. */
export async function listEmails(options: { before?: number; limit?: number } = {}): Promise<MailboxEntry[]> {
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
  const [email] = await db.select().from(emails).where(eq(emails.id, id));
  return email ?? null;
}
