import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { emails } from "@/db/schema";
import { canViewMailbox, getEmail, listEmails } from "@/lib/email/mailbox";
import { EmailInProgressError, sendEmail } from "@/lib/email/send-email";
import { createLogSender, createResendSender, type EmailSender } from "@/lib/email/sender";
import { PermanentError } from "@/lib/delivery-failure";
import { placedOrder } from "./helpers/email-fixtures";
import { fakeResendForFile } from "./helpers/fake-resend-suite";

// The staff half of canViewMailbox belongs to the accounts work and needs a request; here
// the session is whatever `staffSession` says.
let staffSession = false;
vi.mock("@/lib/auth/session", () => ({ isStaffSession: async () => staffSession }));

const from = "Northwind Supply <orders@example.com>";

const mail = fakeResendForFile();

const confirmation = (eventId = randomUUID()) => ({
  template: "order-confirmation" as const,
  to: placedOrder.email,
  eventId,
  orderId: placedOrder.orderId,
  props: { order: placedOrder },
});

describe("Resend sender", () => {
  it("posts the email to /emails with the API key and the idempotency key", async () => {
    const result = await mail.sender.send({
      from,
      to: "ada@example.com",
      subject: "Hi",
      html: "<p>Hi</p>",
      text: "Hi",
      idempotencyKey: "welcome:abc",
    });
    expect(result).toEqual({ messageId: "re_1" });
    expect(mail.resend.requests).toEqual([
      {
        authorization: `Bearer ${mail.resend.apiKey}`,
        idempotencyKey: "welcome:abc",
        body: expect.objectContaining({ from, to: "ada@example.com", subject: "Hi", html: "<p>Hi</p>", text: "Hi" }),
      },
    ]);
  });

  it("treats a rejected request as permanent and an outage as worth retrying", async () => {
    const email = { from, to: "x@example.com", subject: "s", html: "h", text: "t", idempotencyKey: "k1" };
    mail.resend.failNext(1, 422, "validation_error");
    await expect(mail.sender.send(email)).rejects.toBeInstanceOf(PermanentError);
    for (const [status, name] of [
      [500, "internal_server_error"],
      [429, "rate_limit_exceeded"],
    ] as const) {
      mail.resend.failNext(1, status, name);
      const failure = mail.sender.send(email);
      await expect(failure).rejects.toThrow(new RegExp(`${name} \\(HTTP ${status}\\)`));
      await expect(failure).rejects.not.toBeInstanceOf(PermanentError);
    }
  });

  it("reports a wrong API key with the provider's reason", async () => {
    const wrong = createResendSender({ apiKey: "re_wrong", baseUrl: mail.resend.url });
    await expect(
      wrong.send({ from, to: "x@example.com", subject: "s", html: "h", text: "t", idempotencyKey: "k" }),
    ).rejects.toThrow(/missing_api_key \(HTTP 401\)/);
  });
});

describe("sendEmail", () => {
  it("records what it sent: recipient, subject, template, HTML, text, order, provider id", async () => {
    const input = confirmation();
    expect(await sendEmail({ db, sender: mail.sender, from }, input)).toMatchObject({ outcome: "sent" });
    const [row] = await db.select().from(emails);
    expect(row).toMatchObject({
      idempotencyKey: `order-confirmation:${input.eventId}`,
      template: "order-confirmation",
      recipient: "ada@example.com",
      fromAddress: from,
      subject: "Order NW-1042 confirmed",
      orderId: 1042,
      eventId: input.eventId,
      provider: "resend",
      providerMessageId: "re_1",
      status: "sent",
      error: null,
    });
    expect(row!.html).toContain("Trailblazer Rain Jacket");
    expect(row!.text).toContain("$268.76");
    expect(row!.sentAt).toBeInstanceOf(Date);
    expect(mail.resend.sent[0]!.body.html).toBe(row!.html);
  });

  it("is idempotent per (template, event): a second call sends nothing", async () => {
    const input = confirmation();
    await sendEmail({ db, sender: mail.sender }, input);
    expect(await sendEmail({ db, sender: mail.sender }, input)).toMatchObject({ outcome: "already-sent" });
    expect(mail.resend.requests).toHaveLength(1);
    // Another event (a second order) is another email.
    await sendEmail({ db, sender: mail.sender }, confirmation());
    expect(mail.resend.requests).toHaveLength(2);
  });

  it("lets only one of two concurrent attempts send", async () => {
    const input = confirmation();
    const results = await Promise.allSettled([
      sendEmail({ db, sender: mail.sender }, input),
      sendEmail({ db, sender: mail.sender }, input),
    ]);
    expect(mail.resend.requests).toHaveLength(1);
    expect(results.some((r) => r.status === "fulfilled" && r.value.outcome === "sent")).toBe(true);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(EmailInProgressError);
  });

  it("keeps a failed attempt visible, and a retry sends it with the same key", async () => {
    const input = confirmation();
    mail.resend.failNext(1, 503, "internal_server_error");
    await expect(sendEmail({ db, sender: mail.sender }, input)).rejects.toThrow(/internal_server_error/);
    expect(await db.select({ status: emails.status, error: emails.error }).from(emails)).toEqual([
      { status: "failed", error: expect.stringContaining("internal_server_error") },
    ]);
    expect(await sendEmail({ db, sender: mail.sender }, input)).toMatchObject({ outcome: "sent" });
    expect(new Set(mail.resend.requests.map((r) => r.idempotencyKey)).size).toBe(1);
    expect(await db.select({ status: emails.status, attempts: emails.attempts }).from(emails)).toEqual([
      { status: "sent", attempts: 2 },
    ]);
  });

  it("does not resend a claim that died longer ago than the provider remembers idempotency keys", async () => {
    const input = confirmation();
    const dying: EmailSender = { provider: "resend", send: () => Promise.reject(new Error("unreachable")) };
    await expect(sendEmail({ db, sender: dying }, input)).rejects.toThrow();
    await db.update(emails).set({ status: "sending", claimedAt: sql`now() - interval '2 days'` });
    await expect(sendEmail({ db, sender: mail.sender }, input)).rejects.toBeInstanceOf(PermanentError);
    expect(mail.resend.requests).toHaveLength(0);
    expect((await db.select().from(emails))[0]).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/Outcome unknown/),
    });
  });

  it("keeps one-time links out of the log, whoever delivered the email", async () => {
    const resetUrl = "https://shop.example.com/reset-password?token=s3cret-token";
    const input = {
      template: "password-reset" as const,
      to: "ada@example.com",
      eventId: randomUUID(),
      userId: "u1",
      props: { resetUrl, expiresAt: "2026-11-21T12:00:00.000Z" },
    };
    await sendEmail({ db, sender: mail.sender }, input);
    expect(mail.resend.sent[0]!.body.html).toContain("s3cret-token");
    const [logged] = await db.select().from(emails);
    expect(logged!.html).not.toContain("s3cret-token");
    expect(logged!.text).not.toContain("s3cret-token");
    expect(logged!.userId).toBe("u1");

    // The embedded default sends nothing, and staff read its log: the link is for its
    // addressee only, so it is not there either (only `next dev` keeps it).
    await sendEmail({ db, sender: createLogSender(() => {}) }, { ...input, eventId: randomUUID() });
    const [local] = await db
      .select()
      .from(emails)
      .where(sql`${emails.provider} = 'log'`);
    expect(local).toMatchObject({ status: "sent", providerMessageId: null });
    expect(`${local!.html}${local!.text}`).not.toContain("s3cret-token");
  });
});

describe("mailbox", () => {
  beforeEach(() => {
    staffSession = true;
  });

  it("lists the log newest first, a page at a time, and opens one email", async () => {
    const log = createLogSender(() => {});
    for (let i = 0; i < 3; i++)
      await sendEmail(
        { db, sender: log },
        { template: "welcome", to: `u${i}@example.com`, eventId: randomUUID(), props: { name: `U${i}` } },
      );
    const all = await listEmails();
    expect(all.map((e) => e.recipient)).toEqual(["u2@example.com", "u1@example.com", "u0@example.com"]);
    expect(all[0]).toMatchObject({ subject: "Welcome to Northwind Supply", template: "welcome", status: "sent" });
    const older = await listEmails({ before: all[0]!.id, limit: 1 });
    expect(older.map((e) => e.recipient)).toEqual(["u1@example.com"]);
    const email = await getEmail(all[2]!.id);
    expect(email?.html).toContain("Welcome, U0!");
    expect(await getEmail(999_999)).toBeNull();
  });

  it("is closed outside `next dev` to everyone but staff, in the reads as well as the pages", async () => {
    expect(await canViewMailbox()).toBe(true);
    staffSession = false;
    expect(await canViewMailbox()).toBe(false);
    await expect(listEmails()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await expect(getEmail(1)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
