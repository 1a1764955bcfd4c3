import "server-only";
import { desc, lt } from "drizzle-orm";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { smsMessages } from "@/db/schema";
import { isStaffSession } from "@/lib/auth";
import { maskPhone } from "./phone";
import type { SentText } from "./types";

// The sent-text log for /admin/texts: staff only in every mode (unlike the dev mailbox, a
// text goes to a real phone), numbers masked to their last three digits. The read checks the
// caller itself, not only the page: a 404, which does not confirm the log exists.

export const TEXTS_PAGE_SIZE = 50;

/** Newest first, a page at a time: `before` is the smallest id of the previous page. */
export async function listTexts(options: { before?: number } = {}): Promise<SentText[]> {
  if (!(await isStaffSession())) notFound();
  const rows = await db
    .select()
    .from(smsMessages)
    .where(options.before ? lt(smsMessages.id, options.before) : undefined)
    .orderBy(desc(smsMessages.id))
    .limit(TEXTS_PAGE_SIZE);
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    to: maskPhone(row.recipient),
    body: row.body,
    template: row.template,
    orderId: row.orderId,
    provider: row.provider,
    status: row.status,
    attempts: row.attempts,
    error: row.error,
  }));
}
