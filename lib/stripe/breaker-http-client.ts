import Stripe from "stripe";
import { type Breaker, breaker, isBreakerRefusal, throughBreaker } from "@/lib/breakers";
import { SpanKind, withSpan } from "@/lib/telemetry";
import { log } from "@/lib/log";

// Stripe behind a breaker (docs/architecture.md, "Degrading and shutting down"). Every call
// goes through the client's HTTP client, so wrapping that one covers checkout sessions,
// refunds and session expiry alike. Each attempt counts, the SDK's retries included: a
// connection failure, a timeout or a 5xx is Stripe failing; any other answer (a declined
// card, a 4xx, a 429) is Stripe answering. While the breaker is open a call is answered at
// once with a 503 that asks for no retry, which the SDK raises as StripeAPIError: callers
// already turn that into their "Stripe could not be reached" message.

/** A call that fails with its two retries is three failures in a row: one outage, not one blip. */
const FAILURES_TO_OPEN = 3;
const COOL_DOWN_MS = 30_000;

/** The breaker's name: "stripe", or with the server when STRIPE_API_URL points elsewhere (tests, e2e). */
export function stripeBreakerName(apiUrl?: string): string {
  return apiUrl ? `stripe@${new URL(apiUrl).host}` : "stripe";
}

export function stripeBreaker(name: string): Breaker {
  const fields = { module: "stripe", breaker: name };
  return breaker(name, {
    halfOpenAfterMs: COOL_DOWN_MS,
    failures: FAILURES_TO_OPEN,
    onSwitch(change) {
      if (change.to === "closed") log.info(fields, "Stripe answers again; card payments and refunds go through");
      else
        log.warn(
          { ...fields, err: change.error },
          `Stripe is failing; its calls are refused at once for ${COOL_DOWN_MS / 1000}s before one is tried again`,
        );
    },
  });
}

/** A 5xx carried through the breaker as a failure, then handed back to the SDK as the answer it is. */
class ServerError extends Error {
  // Private, so a log line of the error does not carry the response object.
  readonly #response: Stripe.HttpClientResponse;
  constructor(response: Stripe.HttpClientResponse) {
    super(`Stripe answered HTTP ${response.getStatusCode()}`);
    this.#response = response;
  }
  get response(): Stripe.HttpClientResponse {
    return this.#response;
  }
}

class RefusedResponse extends Stripe.HttpClientResponse {
  constructor() {
    super(503, { "stripe-should-retry": "false" });
  }
  getRawResponse(): unknown {
    return null;
  }
  toStream(done: () => void): unknown {
    done();
    return null;
  }
  toJSON(): Promise<unknown> {
    return Promise.resolve({
      error: {
        type: "api_error",
        message: "Stripe could not be reached a moment ago; not trying again yet (circuit breaker open).",
      },
    });
  }
}

/** `inner` behind `policy`. */
export function breakerHttpClient(inner: Stripe.HttpClient, policy: Breaker): Stripe.HttpClient {
  class GuardedHttpClient extends Stripe.HttpClient {
    getClientName(): string {
      return inner.getClientName();
    }
    async makeRequest(...args: Parameters<Stripe.HttpClient["makeRequest"]>): Promise<Stripe.HttpClientResponse> {
      const [, , path, method] = args;
      try {
        return await withSpan(
          `stripe ${method} ${path.split("?")[0]}`,
          { kind: SpanKind.CLIENT, attributes: { "http.request.method": method, "stripe.path": path.split("?")[0] } },
          () =>
            throughBreaker(policy, async () => {
              const response = await inner.makeRequest(...args);
              if (response.getStatusCode() >= 500) throw new ServerError(response);
              return response;
            }),
        );
      } catch (error) {
        if (error instanceof ServerError) return error.response;
        if (isBreakerRefusal(error)) return new RefusedResponse();
        throw error;
      }
    }
  }
  return new GuardedHttpClient();
}
