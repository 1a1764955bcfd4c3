import {
  BrokenCircuitError,
  type CircuitBreakerPolicy,
  CircuitState,
  circuitBreaker,
  ConsecutiveBreaker,
  handleAll,
  handleWhen,
} from "cockatiel";

// The circuit breakers of every remote dependency (docs/architecture.md, "Degrading and
// shutting down"): search, each Redis connection, Stripe, Resend. One registry, so readiness
// and the metrics list them all. State is per process on purpose: each instance finds out
// for itself, and nothing another instance needs is kept here.

export type BreakerState = "closed" | "open" | "half-open" | "isolated";

/** A cockatiel circuit breaker; run calls through `throughBreaker` (see there why). */
export type Breaker = CircuitBreakerPolicy;

/** A switch, for the one log line each: opened (`trial`: its half-open trial failed), or closed again. */
export type BreakerSwitch = { to: "open"; trial: boolean; error: unknown } | { to: "closed" };

export type BreakerOptions = {
  /** How long it refuses at once after opening, before it lets one trial call through. */
  halfOpenAfterMs: number;
  /** Failures in a row that open it; 1 by default (the first failure does). */
  failures?: number;
  /**
   * Whether an error is the dependency failing. Other errors (a refusal about the request
   * itself) pass through and count as the dependency answering. All errors by default.
   */
  isFailure?: (error: unknown) => boolean;
  /** Told once per switch, never per call, so an outage is one log line and not one per request. */
  onSwitch?: (change: BreakerSwitch) => void;
};

const REGISTRY = Symbol.for("storefront.breakers");
const holder = globalThis as unknown as { [REGISTRY]?: Map<string, Breaker> };
// On globalThis: a module evaluated twice (next dev, two bundles) still has one breaker per name.
const registry = (holder[REGISTRY] ??= new Map());

/**
 * The breaker named `name`, made with `options` on first use; later calls with the same name
 * get the same breaker (and the first call's options). Names say what is guarded, and where
 * that differs from the default, which server: "meilisearch", "stripe", "redis:cart@host:6379".
 */
export function breaker(name: string, options: BreakerOptions): Breaker {
  const existing = registry.get(name);
  if (existing) return existing;
  const policy = circuitBreaker(options.isFailure ? handleWhen(options.isFailure) : handleAll, {
    halfOpenAfter: options.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(options.failures ?? 1),
  });
  const { onSwitch } = options;
  if (onSwitch) {
    let trial = false;
    policy.onHalfOpen(() => (trial = true));
    policy.onBreak((reason) => {
      onSwitch({ to: "open", trial, error: "error" in reason ? reason.error : reason });
      trial = false;
    });
    policy.onReset(() => {
      trial = false;
      onSwitch({ to: "closed" });
    });
  }
  registry.set(name, policy);
  return policy;
}

/** Drops a breaker whose client has closed (only if `policy` is still the one registered). */
export function forgetBreaker(name: string, policy: Breaker): void {
  if (registry.get(name) === policy) registry.delete(name);
}

const stateNames: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: "closed",
  [CircuitState.Open]: "open",
  [CircuitState.HalfOpen]: "half-open",
  [CircuitState.Isolated]: "isolated",
};

/**
 * A breaker's state. "open" lasts until the first call after the cool-down, which makes it
 * "half-open" while that one trial runs.
 */
export function breakerState(policy: Breaker): BreakerState {
  return stateNames[policy.state];
}

/** Every breaker of this process and its state (readiness, metrics). */
export function breakerStates(): { name: string; state: BreakerState }[] {
  return [...registry].map(([name, policy]) => ({ name, state: breakerState(policy) }));
}

/**
 * Runs `fn` through the breaker: refused at once (BrokenCircuitError) while it is open, and
 * also while its one half-open trial is in flight. Cockatiel would make those calls wait for
 * the trial's outcome, and a trial against a hung dependency lasts a whole timeout.
 */
export function throughBreaker<T>(policy: Breaker, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (policy.state === CircuitState.HalfOpen) {
    return Promise.reject(new BrokenCircuitError("Execution prevented: the breaker is trying the dependency again"));
  }
  return policy.execute(({ signal }) => fn(signal));
}

/** Whether `error` is a breaker refusing the call (open, isolated, or busy with its trial). */
export function isBreakerRefusal(error: unknown): error is BrokenCircuitError {
  return error instanceof BrokenCircuitError;
}
