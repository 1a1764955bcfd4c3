// Falls back from a primary service to a fallback when the primary fails (an error or the
// client's timeout), and keeps using the fallback for a cool-down before trying the primary
// again with a single request (half-open). Each switch is logged once, not per request.
// The state is per process on purpose: each instance finds out for itself, and nothing
// another instance needs is kept here (docs/architecture.md, scale-out).

export type BreakerState = "closed" | "open" | "half-open";

export type CircuitBreakerOptions = {
  /** What is being protected and what replaces it, for the log lines. */
  primary: string;
  fallback: string;
  cooldownMs: number;
  now?: () => number;
  log?: Pick<Console, "warn" | "info">;
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
  const now = options.now ?? Date.now;
  const log = options.log ?? console;
  let openUntil: number | null = null;
  let trialRunning = false;

  const state = (): BreakerState => (openUntil === null ? "closed" : now() < openUntil ? "open" : "half-open");

  return {
    state,
    async run(primary, fallback) {
      const current = state();
      // While open, and while one half-open trial is in flight, everyone else uses the fallback.
      if (current === "open" || (current === "half-open" && trialRunning)) return fallback();
      const trial = current === "half-open";
      if (trial) trialRunning = true;
      try {
        const value = await primary();
        if (trial) log.info(`[search] ${options.primary} answers again; switching back from ${options.fallback}`);
        openUntil = null;
        return value;
      } catch (error) {
        const seconds = Math.round(options.cooldownMs / 1000);
        log.warn(
          trial
            ? `[search] ${options.primary} still failing (${reason(error)}); staying on ${options.fallback} for ${seconds}s`
            : `[search] ${options.primary} failed (${reason(error)}); using ${options.fallback} for ${seconds}s`,
        );
        openUntil = now() + options.cooldownMs;
        return fallback();
      } finally {
        if (trial) trialRunning = false;
      }
    },
  };
}
