import twilio from "twilio";
import { type Breaker, breaker, isBreakerRefusal, throughBreaker } from "@/lib/breakers";
import { PermanentError } from "@/lib/delivery-failure";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { maskPhone } from "./phone";
import { twilioHttpClient } from "./twilio-http";

export type OutgoingSms = { to: string; body: string };

/** The text adapter (docs/architecture.md, run modes). Throws on failure; PermanentError when a retry cannot help. */
export type SmsSender = {
  provider: "twilio" | "log";
  send: (sms: OutgoingSms) => Promise<{ messageId: string | null }>;
};

/** How long one send may take: under the shutdown's grace, like Resend's (lib/email/sender.ts). */
export const TWILIO_TIMEOUT_MS = 8_000;

// Twilio behind a breaker (docs/architecture.md, "Degrading and shutting down"), like Resend:
// three sends in a row without an answer (none, a timeout, a 5xx) make sends fail at once for
// a while, as errors the outbox retries, instead of each holding a claim for the timeout.
const FAILURES_TO_OPEN = 3;
const COOL_DOWN_MS = 30_000;

function twilioBreaker(apiUrl?: string): Breaker {
  const name = apiUrl ? `twilio@${new URL(apiUrl).host}` : "twilio";
  const fields = { module: "sms", breaker: name };
  return breaker(name, {
    halfOpenAfterMs: COOL_DOWN_MS,
    failures: FAILURES_TO_OPEN,
    // A 4xx is Twilio answering about the request; anything else is Twilio failing.
    isFailure: (error) => !(error instanceof twilio.RestException && error.status < 500),
    onSwitch(change) {
      if (change.to === "closed") log.info(fields, "Twilio answers again; texts are sent");
      else
        log.warn(
          { ...fields, reason: change.error instanceof Error ? change.error.message : String(change.error) },
          `Twilio is failing; texts fail at once for ${COOL_DOWN_MS / 1000}s (the outbox retries them)`,
        );
    },
  });
}

export function createTwilioSender(options: {
  accountSid: string;
  authToken: string;
  /** A sending number (E.164) or a Messaging Service SID (MG…). */
  from: string;
  apiUrl?: string;
  timeoutMs?: number;
}): SmsSender {
  const timeoutMs = options.timeoutMs ?? TWILIO_TIMEOUT_MS;
  const client = twilio(options.accountSid, options.authToken, {
    httpClient: twilioHttpClient({ timeoutMs, apiUrl: options.apiUrl }),
  });
  const sender = options.from.startsWith("MG") ? { messagingServiceSid: options.from } : { from: options.from };
  const policy = twilioBreaker(options.apiUrl);
  return {
    provider: "twilio",
    async send(sms) {
      try {
        const message = await throughBreaker(policy, () =>
          client.messages.create({ ...sender, to: sms.to, body: sms.body }),
        );
        return { messageId: message.sid };
      } catch (error) {
        if (isBreakerRefusal(error))
          throw new Error("Twilio could not be reached a moment ago; not trying again yet (circuit breaker open)");
        throw refusal(error);
      }
    },
  };
}

/**
 * Twilio's error as ours. A 400 is about the message itself (an invalid or unreachable number,
 * a recipient who replied STOP to Twilio): sending it again fails the same way. Auth errors
 * (a setting can be fixed), 429 and 5xx are worth retrying.
 */
function refusal(error: unknown): Error {
  if (!(error instanceof twilio.RestException)) return error instanceof Error ? error : new Error(String(error));
  const message = `Twilio refused the text: ${error.code ?? "error"} (HTTP ${error.status}): ${error.message}`;
  return error.status === 400 ? new PermanentError(message) : new Error(message);
}

/** The embedded default: nothing leaves the machine; the text is readable in /admin/texts. */
export function createLogSender(): SmsSender {
  return {
    provider: "log",
    async send(sms) {
      log.info(
        { module: "sms", to: maskPhone(sms.to), chars: sms.body.length },
        "text kept in the sent-text log (/admin/texts); TWILIO_ACCOUNT_SID is not set",
      );
      return { messageId: null };
    },
  };
}

let cached: SmsSender | undefined;

export function getSmsSender(): SmsSender {
  cached ??=
    env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.TWILIO_FROM
      ? createTwilioSender({
          accountSid: env.TWILIO_ACCOUNT_SID,
          authToken: env.TWILIO_AUTH_TOKEN,
          from: env.TWILIO_FROM,
          apiUrl: env.TWILIO_API_URL,
        })
      : createLogSender();
  return cached;
}
