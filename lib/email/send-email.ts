import { and, eq, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { emails } from "@/db/schema";
import { env } from "@/lib/env";
import { errorMessage, PermanentError } from "@/lib/delivery-failure";
import { metrics } from "@/lib/metrics";
import { SpanKind, withSpan } from "@/lib/telemetry";
import { mailboxKeepsOneTimeLinks } from "./one-time-links";
import { hasSecrets, renderEmail } from "./render";
import type { EmailSender } from "./sender";
import type { TemplateName, TemplateProps } from "./templates";

// Sending is idempotent per (template, outbox event). The `emails` row is claimed with a
// unique key BEFORE the provider is called:
//
//   (none) ──insert──▶ sending ──provider ok──▶ sent       (a later attempt: no-op)
//                         │ └───provider error──▶ failed     (a later attempt: reclaims, sends)
//                         └─ process died ─────▶ sending, older than the lease
//
// The last case is the crash between "provider accepted" and "row marked sent": we cannot
// know whether the email went out. We send again with the same Idempotency-Key, which
// Resend honours for 24 hours (it answers with the first email instead of sending a
// second), so within that window the retry is safe. Past it a resend could duplicate, so a
// claim older than RESEND_WINDOW is marked failed ("outcome unknown") for a person to check
// rather than resent. The log sender sends nothing, so a repeat there only logs a line.
// The trade-off: a live attempt slower than the lease could overlap with a retry; the
// idempotency key covers that too.

const CLAIM_LEASE = "5 minutes";
const RESEND_WINDOW = "23 hours";

export type SendEmailInput<T extends TemplateName> = {
  template: T;
  props: TemplateProps<T>;
  to: string;
  /** The outbox event this email answers; with the template it forms the idempotency key. */
  eventId: string;
  userId?: string;
  orderId?: number;
};

export type SendEmailResult = { emailId: number; outcome: "sent" | "already-sent" };

export class EmailInProgressError extends Error {
  constructor(key: string) {
    super(`Email ${key} is being sent by another attempt; retry later`);
    this.name = "EmailInProgressError";
  }
}

export async function sendEmail<T extends TemplateName>(
  /** `keepOneTimeLinks` overrides the mailbox rule (lib/email/one-time-links.ts), for tests. */
  deps: { db: Db; sender: EmailSender; from?: string; keepOneTimeLinks?: boolean },
  input: SendEmailInput<T>,
): Promise<SendEmailResult> {
  const { db, sender } = deps;
  const key = `${input.template}:${input.eventId}`;

  const [existing] = await db
    .select({ id: emails.id, status: emails.status })
    .from(emails)
    .where(eq(emails.idempotencyKey, key));
  if (existing?.status === "sent") return { emailId: existing.id, outcome: "already-sent" };

  // Rendering is pure, so a retry renders the same bytes and Resend sees the same request.
  const rendered = await renderEmail(input.template, input.props);
  const keepLinks = deps.keepOneTimeLinks ?? mailboxKeepsOneTimeLinks();
  const logged =
    hasSecrets(input.template) && !keepLinks
      ? await renderEmail(input.template, input.props, { redacted: true })
      : rendered;
  const from = deps.from ?? env.EMAIL_FROM;

  const claimed = await claim(db, {
    idempotencyKey: key,
    template: input.template,
    recipient: input.to,
    fromAddress: from,
    subject: logged.subject,
    html: logged.html,
    text: logged.text,
    eventId: input.eventId,
    userId: input.userId,
    orderId: input.orderId,
    provider: sender.provider,
  });
  if (claimed.alreadySent) return { emailId: claimed.id, outcome: "already-sent" };
  const emailId = claimed.id;

  try {
    const { messageId } = await withSpan(
      `email ${sender.provider}`,
      { kind: SpanKind.CLIENT, attributes: { "email.template": input.template, "email.provider": sender.provider } },
      () => sender.send({ from, to: input.to, ...rendered, idempotencyKey: key }),
    );
    metrics().emails.inc({ template: input.template, outcome: "sent" });
    await db
      .update(emails)
      .set({ status: "sent", providerMessageId: messageId, sentAt: sql`now()`, error: null, updatedAt: sql`now()` })
      .where(eq(emails.id, emailId));
    return { emailId, outcome: "sent" };
  } catch (error) {
    metrics().emails.inc({ template: input.template, outcome: "failed" });
    await db
      .update(emails)
      .set({ status: "failed", error: errorMessage(error), updatedAt: sql`now()` })
      .where(eq(emails.id, emailId));
    throw error;
  }
}

/** Takes the idempotency row for this attempt, unless another attempt sent the email meanwhile. */
async function claim(db: Db, row: typeof emails.$inferInsert): Promise<{ id: number; alreadySent: boolean }> {
  const [inserted] = await db
    .insert(emails)
    .values(row)
    .onConflictDoNothing({ target: emails.idempotencyKey })
    .returning({ id: emails.id });
  if (inserted) return { id: inserted.id, alreadySent: false };

  const key = row.idempotencyKey;
  const [reclaimed] = await db
    .update(emails)
    .set({
      status: "sending",
      attempts: sql`${emails.attempts} + 1`,
      claimedAt: sql`now()`,
      error: null,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(emails.idempotencyKey, key),
        or(
          eq(emails.status, "failed"),
          and(
            eq(emails.status, "sending"),
            lt(emails.claimedAt, sql`now() - ${CLAIM_LEASE}::interval`),
            sql`${emails.claimedAt} > now() - ${RESEND_WINDOW}::interval`,
          ),
        ),
      ),
    )
    .returning({ id: emails.id });
  if (reclaimed) return { id: reclaimed.id, alreadySent: false };

  const [current] = await db
    .select({
      id: emails.id,
      status: emails.status,
      stale: sql<boolean>`${emails.claimedAt} <= now() - ${RESEND_WINDOW}::interval`,
    })
    .from(emails)
    .where(eq(emails.idempotencyKey, key));
  if (current?.status === "sent") return { id: current.id, alreadySent: true };
  if (current?.stale) {
    const reason =
      "Outcome unknown: an attempt died while sending and the provider's idempotency window has passed, so it was not resent. Check the provider's log.";
    await db
      .update(emails)
      .set({ status: "failed", error: reason, updatedAt: sql`now()` })
      .where(eq(emails.idempotencyKey, key));
    throw new PermanentError(`Email ${key}: ${reason}`);
  }
  throw new EmailInProgressError(key);
}
