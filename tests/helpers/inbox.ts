import { db } from "@/db";
import type { EmailSender, OutgoingEmail } from "@/lib/email/sender";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { inProcessTransport } from "@/lib/outbox/transports";

/**
 * The addressees' side of email: a sender that keeps every email it is handed (what reaches
 * a real inbox, links included), and a way to run the outbox's due rows through the real
 * handlers into it. `provider: "resend"` so the store treats it as a real delivery.
 */
export function recordingInbox() {
  const sent: OutgoingEmail[] = [];
  const sender: EmailSender = {
    provider: "resend",
    send: async (email) => {
      sent.push(email);
      return { messageId: `msg-${sent.length}` };
    },
  };
  const dispatcher = createDispatcher({
    db,
    transport: inProcessTransport({ context: () => ({ db, email: sender }) }),
    backoff: () => 0,
  });
  return {
    sent,
    sender,
    /** Delivers every due outbox row (emails go to this inbox). */
    deliver: () => dispatcher.drain(),
    /** The newest email to an address whose subject matches. */
    newest(to: string, subject: RegExp): OutgoingEmail | undefined {
      return sent.filter((e) => e.to === to && subject.test(e.subject)).at(-1);
    },
  };
}

/** The token of the link to `path` (/reset-password, /verify-email) in an email's text. */
export function tokenInLink(email: OutgoingEmail | undefined, path: string): string {
  const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(email?.text ?? "");
  if (!match) throw new Error(`No ${path} link in ${email ? `"${email.subject}"` : "an email that was never sent"}`);
  return match[1]!;
}
