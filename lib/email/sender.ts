import { Resend } from "resend";
import { type Breaker, breaker, isBreakerRefusal, throughBreaker } from "@/lib/breakers";
import { env } from "@/lib/env";
import { PermanentError } from "@/lib/delivery-failure";
import { log } from "@/lib/log";

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

// Resend behind a breaker (docs/architecture.md, "Degrading and shutting down"): after a few
// sends in a row that could not reach it (no answer, a timeout, a 5xx), sends fail at once for
// a while, as errors worth retrying, instead of each holding an outbox claim for the timeout.
const FAILURES_TO_OPEN = 3;
const COOL_DOWN_MS = 30_000;

type ResendError = { name: string; message: string; statusCode: number | null };

/** Resend did not answer, or answered that it cannot serve: the breaker counts it. */
class ResendDown extends Error {
  constructor(readonly error: ResendError) {
    super(error.message);
  }
}

/** "resend", or with the server when RESEND_BASE_URL points elsewhere (tests, e2e). */
function resendBreaker(baseUrl?: string): Breaker {
  const name = baseUrl ? `resend@${new URL(baseUrl).host}` : "resend";
  const fields = { module: "email", breaker: name };
  return breaker(name, {
    halfOpenAfterMs: COOL_DOWN_MS,
    failures: FAILURES_TO_OPEN,
    onSwitch(change) {
      if (change.to === "closed") log.info(fields, "Resend answers again; emails are sent");
      else
        log.warn(
          { ...fields, reason: change.error instanceof Error ? change.error.message : String(change.error) },
          `Resend is failing; sends fail at once for ${COOL_DOWN_MS / 1000}s (the outbox retries them)`,
        );
    },
  });
}

export function createResendSender(options: { apiKey: string; baseUrl?: string; timeoutMs?: number }): EmailSender {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  const timeoutMs = options.timeoutMs ?? RESEND_TIMEOUT_MS;
  const policy = resendBreaker(options.baseUrl);
  return {
    provider: "resend",
    async send(email) {
      try {
        const answer = await throughBreaker(policy, async () => {
          const answer = await resend.emails.send(
            { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
            { idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
          );
          // No status: the request never got an answer (refused, timed out).
          const status = answer.error?.statusCode;
          if (answer.error && (status == null || status >= 500)) throw new ResendDown(answer.error);
          return answer;
        });
        if (answer.error) throw refusal(answer.error);
        return { messageId: answer.data?.id ?? null };
      } catch (error) {
        if (isBreakerRefusal(error)) {
          throw new Error("Resend could not be reached a moment ago; not trying again yet (circuit breaker open)");
        }
        throw error instanceof ResendDown ? refusal(error.error) : error;
      }
    },
  };
}

/** Resend's error as ours: permanent when a retry would fail the same way. */
function refusal(error: ResendError): Error {
  const status = error.statusCode ? ` (HTTP ${error.statusCode})` : "";
  const message = `Resend refused the email: ${error.name}${status}: ${error.message}`;
  return permanentResendErrors.has(error.name) ? new PermanentError(message) : new Error(message);
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
  if (env.NODE_ENV !== "test") log.info({ module: "email" }, line);
}

let cached: EmailSender | undefined;

export function getEmailSender(): EmailSender {
  cached ??= env.RESEND_API_KEY
    ? createResendSender({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL })
    : createLogSender();
  return cached;
}
