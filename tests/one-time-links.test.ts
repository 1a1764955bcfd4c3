import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { emails, outbox, users } from "@/db/schema";
import { listFailedEvents } from "@/lib/admin/event-reads";
import { createOrPromoteAdmin } from "@/lib/auth/admin-users";
import { verifyCredentials } from "@/lib/auth/credentials";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { resetTokenFor } from "@/lib/auth/reset-link";
import { getEmail, listEmails } from "@/lib/email/mailbox";
import { sendEmail } from "@/lib/email/send-email";
import { createLogSender, type EmailSender } from "@/lib/email/sender";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { inProcessTransport } from "@/lib/outbox/transports";
import { authContext } from "./helpers/auth-context";
import { recordingInbox, tokenInLink } from "./helpers/inbox";

// The mailbox takeover: a staff member asks for a password reset of the admin's account and
// reads the link where staff can read things (the sent-email log, the failed-events page).
// Only the admin's own inbox may hold a working link.

const staff = { id: "staff-1", email: "staff@example.com", name: "Staff", role: "staff" as const, remember: false };
vi.mock("@/lib/auth/session", () => ({ isStaffSession: async () => true, requireStaff: async () => staff }));

const ADMIN = { email: "owner@example.com", password: "the admin's own password" };
const ctx = () => authContext("198.51.100.7");

/** Every working one-time link's token an email could hold: what the handler put in it. */
async function resetEventIds(): Promise<string[]> {
  const rows = await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.name, "auth/password-reset.requested"));
  return rows.map((r) => r.id);
}

/** Everything staff can read about sent email and background events, as one string. */
async function whatStaffCanRead(): Promise<string> {
  const listed = await listEmails();
  const opened = await Promise.all(listed.map((e) => getEmail(e.id)));
  return JSON.stringify({ listed, opened, failed: await listFailedEvents() });
}

const deliverWith = (email: EmailSender) =>
  createDispatcher({
    db,
    transport: inProcessTransport({ context: () => ({ db, email }) }),
    backoff: () => 0,
    maxAttempts: 1,
    onError: () => {},
  }).drain();

beforeAll(async () => {
  await createOrPromoteAdmin(db, { email: ADMIN.email, password: ADMIN.password });
});

describe("a staff member asking for the admin's password reset", () => {
  it("finds no working link in the mailbox when the email only went to the log (no Resend key)", async () => {
    expect(await requestPasswordReset(ADMIN.email, ctx())).toEqual({ ok: true });
    await deliverWith(createLogSender(() => {}));

    const readable = await whatStaffCanRead();
    expect(readable).toContain("Reset your Northwind Supply password");
    expect(readable).not.toMatch(/reset-password\?token=/);
    for (const id of await resetEventIds()) expect(readable).not.toContain(resetTokenFor(id));
  });

  it("finds no link on the failed-events page when the email could not be sent", async () => {
    await requestPasswordReset(ADMIN.email, ctx());
    await deliverWith({ provider: "resend", send: () => Promise.reject(new Error("provider down")) });

    const readable = await whatStaffCanRead();
    expect(readable).toContain("auth/password-reset.requested");
    expect(readable).not.toMatch(/reset-password\?token=/);
    for (const id of await resetEventIds()) expect(readable).not.toContain(resetTokenFor(id));
  });

  it("while the admin's own emailed link works, end to end, and is nowhere staff can read", async () => {
    const inbox = recordingInbox();
    await requestPasswordReset(ADMIN.email, ctx());
    await inbox.deliver();

    const token = tokenInLink(inbox.newest(ADMIN.email, /^Reset your/), "/reset-password");
    expect(await whatStaffCanRead()).not.toContain(token);
    expect(await resetPassword(token, "a new admin password")).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: ADMIN.email, password: "a new admin password" }, ctx())).toMatchObject({
      ok: true,
    });
    const [admin] = await db.select({ role: users.role }).from(users).where(eq(users.email, ADMIN.email));
    expect(admin?.role).toBe("admin");
  });
});

describe("the sent-email log", () => {
  it("keeps a verification link only under next dev, where the developer reads their own mail", async () => {
    const verifyUrl = `http://localhost:3000/verify-email?token=${"v".repeat(43)}`;
    const input = {
      template: "verify-email" as const,
      to: "dev@example.com",
      props: { verifyUrl, expiresAt: "2030-01-01T00:00:00.000Z" },
    };
    const log = createLogSender(() => {});
    const { emailId: redacted } = await sendEmail({ db, sender: log }, { ...input, eventId: randomUUID() });
    const { emailId: kept } = await sendEmail(
      { db, sender: log, keepOneTimeLinks: true },
      { ...input, eventId: randomUUID() },
    );

    const [stored] = await db.select().from(emails).where(eq(emails.id, redacted));
    expect(`${stored!.html}${stored!.text}`).not.toContain("v".repeat(43));
    const [dev] = await db.select().from(emails).where(eq(emails.id, kept));
    expect(dev!.html).toContain(verifyUrl);
  });

  it("hides the link of an email logged before links were redacted", async () => {
    const token = "o".repeat(43);
    const [old] = await db
      .insert(emails)
      .values({
        idempotencyKey: `password-reset:${randomUUID()}`,
        template: "password-reset",
        recipient: ADMIN.email,
        fromAddress: "shop@example.com",
        subject: "Reset your password",
        html: `<a href="http://localhost:3000/reset-password?token=${token}">Choose a new password</a>`,
        text: `Choose a new password http://localhost:3000/reset-password?token=${token}`,
        provider: "log",
      })
      .returning({ id: emails.id });
    const email = await getEmail(old!.id);
    expect(email?.html).toContain("Choose a new password");
    expect(`${email?.html}${email?.text}`).not.toContain(token);
  });
});
