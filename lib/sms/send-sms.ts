import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { smsMessages } from "@/db/schema";
import { errorMessage, PermanentError } from "@/lib/delivery-failure";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics";
import { SpanKind, withSpan } from "@/lib/telemetry";
import { isOptedOut } from "./opt-outs";
import type { SmsSender } from "./sender";

// Texting is idempotent per (template, outbox event), like email (lib/email/send-email.ts):
// the `sms_messages` row is claimed with a unique key BEFORE Twilio is called.
//
//   (none) ──insert──▶ sending ──provider ok──▶ sent       (a later attempt: no-op)
//                         │ └───provider error──▶ failed     (a later attempt: reclaims, sends)
//                         └─ process died ─────▶ sending, older than the lease
//
// Unlike Resend, Twilio's Messages API takes no idempotency key, so the last case (a crash
// between "Twilio accepted" and "row marked sent") is never resent: the row is marked failed,
// "outcome unknown", for a person to check in Twilio's log. A missed text is better than two.
// A send that timed out is retried, though Twilio may have taken it: the one case that can
// text twice, accepted because a shipping text that never comes is worse.

const CLAIM_LEASE = "5 minutes";

export type SmsTemplate = "order-shipped" | "order-tracking" | "order-delivered";

export type SendSmsInput = {
  template: SmsTemplate;
  /** E.164. */
  to: string;
  body: string;
  /** The outbox event this text answers; with the template it forms the idempotency key. */
  eventId: string;
  orderId?: number;
};

export type SendSmsResult = { smsId: number; outcome: "sent" | "already-sent" } | { outcome: "opted-out" };

export class SmsInProgressError extends Error {
  constructor(key: string) {
    super(`Text ${key} is being sent by another attempt; retry later`);
    this.name = "SmsInProgressError";
  }
}

export async function sendSms(deps: { db: Db; sender: SmsSender }, input: SendSmsInput): Promise<SendSmsResult> {
  const { db, sender } = deps;
  const key = `${input.template}:${input.eventId}`;

  const [existing] = await db
    .select({ id: smsMessages.id, status: smsMessages.status })
    .from(smsMessages)
    .where(eq(smsMessages.idempotencyKey, key));
  if (existing?.status === "sent") return { smsId: existing.id, outcome: "already-sent" };
  // Checked at every attempt: a STOP that arrives while a text waits for a retry holds too.
  if (await isOptedOut(db, input.to)) {
    log.info(
      { module: "sms", template: input.template, orderId: input.orderId },
      "not texted: the number replied STOP",
    );
    metrics().texts.inc({ template: input.template, outcome: "opted_out" });
    return { outcome: "opted-out" };
  }

  const claimed = await claim(db, {
    idempotencyKey: key,
    template: input.template,
    recipient: input.to,
    body: input.body,
    eventId: input.eventId,
    orderId: input.orderId,
    provider: sender.provider,
  });
  if (claimed.alreadySent) return { smsId: claimed.id, outcome: "already-sent" };
  const smsId = claimed.id;

  try {
    const { messageId } = await withSpan(
      `sms ${sender.provider}`,
      { kind: SpanKind.CLIENT, attributes: { "sms.template": input.template, "sms.provider": sender.provider } },
      () => sender.send({ to: input.to, body: input.body }),
    );
    metrics().texts.inc({ template: input.template, outcome: "sent" });
    await db
      .update(smsMessages)
      .set({ status: "sent", providerMessageId: messageId, sentAt: sql`now()`, error: null, updatedAt: sql`now()` })
      .where(eq(smsMessages.id, smsId));
    return { smsId, outcome: "sent" };
  } catch (error) {
    metrics().texts.inc({ template: input.template, outcome: "failed" });
    await db
      .update(smsMessages)
      .set({ status: "failed", error: errorMessage(error), updatedAt: sql`now()` })
      .where(eq(smsMessages.id, smsId));
    throw error;
  }
}

/** Takes the row for this attempt, unless another attempt sent the text meanwhile. */
async function claim(db: Db, row: typeof smsMessages.$inferInsert): Promise<{ id: number; alreadySent: boolean }> {
  const [inserted] = await db
    .insert(smsMessages)
    .values(row)
    .onConflictDoNothing({ target: smsMessages.idempotencyKey })
    .returning({ id: smsMessages.id });
  if (inserted) return { id: inserted.id, alreadySent: false };

  const key = row.idempotencyKey;
  const [reclaimed] = await db
    .update(smsMessages)
    .set({
      status: "sending",
      provider: row.provider,
      attempts: sql`${smsMessages.attempts} + 1`,
      claimedAt: sql`now()`,
      error: null,
      updatedAt: sql`now()`,
    })
    .where(and(eq(smsMessages.idempotencyKey, key), eq(smsMessages.status, "failed")))
    .returning({ id: smsMessages.id });
  if (reclaimed) return { id: reclaimed.id, alreadySent: false };

  const [current] = await db
    .select({
      id: smsMessages.id,
      status: smsMessages.status,
      stale: sql<boolean>`${smsMessages.claimedAt} < now() - ${CLAIM_LEASE}::interval`,
    })
    .from(smsMessages)
    .where(eq(smsMessages.idempotencyKey, key));
  if (current?.status === "sent") return { id: current.id, alreadySent: true };
  if (current?.stale) {
    const reason =
      "Outcome unknown: an attempt died while sending, and Twilio cannot tell a repeat from a new text, so it was not resent. Check Twilio's message log.";
    await db
      .update(smsMessages)
      .set({ status: "failed", error: reason, updatedAt: sql`now()` })
      .where(
        and(
          eq(smsMessages.idempotencyKey, key),
          eq(smsMessages.status, "sending"),
          lt(smsMessages.claimedAt, sql`now() - ${CLAIM_LEASE}::interval`),
        ),
      );
    throw new PermanentError(`Text ${key}: ${reason}`);
  }
  throw new SmsInProgressError(key);
}
