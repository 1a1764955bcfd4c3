import { type BreakerState, breaker, breakerState, throughBreaker } from "@/lib/breakers";
import { type Logger, log as rootLog } from "@/lib/log";

// Falls back from a primary service to a fallback when the primary fails (an error or the
// client's timeout), and keeps using the fallback for a cool-down before trying the primary
// again with a single request (half-open). Each switch is logged once, not per request.
// The breaker itself is a named one from lib/breakers, so readiness and the metrics see it.

export type { BreakerState } from "@/lib/breakers";

export type CircuitBreakerOptions = {
  /** Its name in the breaker registry; one name is one breaker per process. */
  name: string;
  /** What is being protected and what replaces it, for the log lines. */
  primary: string;
  fallback: string;
  cooldownMs: number;
  log?: Pick<Logger, "warn" | "info">;
};

export type CircuitBreaker = {
  run<T>(primary: () => Promise<T>, fallback: () => Promise<T>): Promise<T>;
  state(): BreakerState;
};

/** The error and its causes ("… has failed: fetch failed: connect ECONNREFUSED …"), for the log. */
function reason(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e !== undefined && messages.length < 4; e = e instanceof Error ? e.cause : undefined) {
    messages.push(e instanceof Error ? e.message : String(e));
  }
  return messages.join(": ").slice(0, 300);
}

export function createCircuitBreaker(options: CircuitBreakerOptions): CircuitBreaker {
  const log = options.log ?? rootLog;
  const fields = { module: "search", breaker: options.name };
  const seconds = Math.round(options.cooldownMs / 1000);
  const policy = breaker(options.name, {
    halfOpenAfterMs: options.cooldownMs,
    onSwitch(change) {
      if (change.to === "closed") {
        log.info(fields, `${options.primary} answers again; switching back from ${options.fallback}`);
        return;
      }
      const why = reason(change.error);
      log.warn(
        fields,
        change.trial
          ? `${options.primary} still failing (${why}); staying on ${options.fallback} for ${seconds}s`
          : `${options.primary} failed (${why}); using ${options.fallback} for ${seconds}s`,
      );
    },
  });

  return {
    state: () => breakerState(policy),
    async run(primary, fallback) {
      try {
        return await throughBreaker(policy, () => primary());
      } catch {
        // The primary failed (the breaker has logged it if this opened it) or the breaker
        // refused it: either way the fallback answers, and its own failure goes to the caller.
        return fallback();
      }
    },
  };
}
