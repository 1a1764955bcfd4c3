import { Resend } from "resend";
import { env } from "@/lib/env";
import { PermanentError } from "@/lib/delivery-failure";

export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Sent as Resend's Idempotency-Key: a repeated request with it is not delivered twice. */
  idempotencyKey: string;
};

/** The email adapter (docs/architecture.md, run modes). Throws on failure; PermanentError when a retry cannot help. */
export type EmailSender = {
  provider: "resend" | "log";
  send: (email: OutgoingEmail) => Promise<{ messageId: string | null }>;
};

// Resend answers these with 4xx for a request that will fail the same way every time.
// Rate limits (429), auth errors (a key can be fixed) and 5xx are worth retrying.
const permanentResendErrors = new Set<string>([
  "validation_error",
  "invalid_parameter",
  "missing_required_field",
  "invalid_from_address",
  "invalid_attachment",
  "invalid_idempotency_key",
  "invalid_idempotent_request",
]);

/**
 * How long one send may take. Under the shutdown's grace (SHUTDOWN_TIMEOUT_MS, 10 s by
 * default), so a send in hand when the server stops ends one way or the other before it exits,
 * rather than leaving its claim to expire. A timed-out send is retried with the same key.
 */
export const RESEND_TIMEOUT_MS = 8_000;

export function createResendSender(options: { apiKey: string; baseUrl?: string; timeoutMs?: number }): EmailSender {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? RESEND_TIMEOUT_MS;
  return {
    provider: "resend",
    async send(email) {
      const { data, error } = await resend.emails.send(
        { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
      );
      if (error) {
        const status = error.statusCode ? ` (HTTP ${error.statusCode})` : "";
        const message = `Resend refused the email: ${error.name}${status}: ${error.message}`;
        if (permanentResendErrors.has(error.name)) throw new PermanentError(message);
        throw new Error(message);
      }
      return { messageId: data?.id ?? null };
    },
  };
}

/** The embedded default: nothing leaves the machine; the email is readable in /admin/emails. */
export function createLogSender(log: (line: string) => void = defaultLog): EmailSender {
  return {
    provider: "log",
    async send(email) {
      log(`[email] "${email.subject}" to ${email.to} — kept in the mailbox (/admin/emails); RESEND_API_KEY is not set`);
      return { messageId: null };
    },
  };
}

function defaultLog(line: string): void {
  if (env.NODE_ENV !== "test") console.info(line);
}

let cached: EmailSender | undefined;

export function getEmailSender(): EmailSender {
  cached ??= env.RESEND_API_KEY
    ? createResendSender({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL })
    : createLogSender();
  return cached;
}
