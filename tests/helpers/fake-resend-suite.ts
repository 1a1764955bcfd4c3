import { afterAll, beforeAll, beforeEach } from "vitest";
import { createResendSender, type EmailSender } from "@/lib/email/sender";
import { type FakeResend, startFakeResend } from "./fake-resend";
import { resetOutbox } from "./outbox";

/**
 * A fake Resend for the whole file and a sender pointed at it; before each test the
 * outbox, the email log and what the fake received are emptied. Call it at the top of a
 * test file; the fields are set once the file's beforeAll has run.
 */
export function fakeResendForFile(): { resend: FakeResend; sender: EmailSender } {
  const mail = {} as { resend: FakeResend; sender: EmailSender };
  beforeAll(async () => {
    mail.resend = await startFakeResend();
    mail.sender = createResendSender({ apiKey: mail.resend.apiKey, baseUrl: mail.resend.url });
  });
  afterAll(() => mail.resend.close());
  beforeEach(async () => {
    await resetOutbox();
    mail.resend.requests.length = 0;
    mail.resend.sent.length = 0;
  });
  return mail;
}
