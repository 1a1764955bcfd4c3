export type Backoff = (attempt: number) => number;

/**
 * Delay before retry number `attempt` (1 = after the first failure): base·2^(attempt−1),
 * capped, with ±jitter so rows that failed together (a provider outage) do not all
 * retry in the same second.
 */
export function exponentialBackoff(options: {
  baseMs: number;
  capMs: number;
  jitter?: number;
  random?: () => number;
}): Backoff {
  const { baseMs, capMs, jitter = 0.2, random = Math.random } = options;
  return (attempt) => {
    const exact = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(exact * (1 + jitter * (2 * random() - 1)));
  };
}

/** 5 s, 10 s, 20 s … capped at an hour: twelve attempts span about two and a half hours. */
export const defaultBackoff = exponentialBackoff({ baseMs: 5_000, capMs: 60 * 60_000 });
export const DEFAULT_MAX_ATTEMPTS = 12;
