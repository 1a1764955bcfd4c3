import { log } from "@/lib/log";

/**
 * A log that writes at most one line per `everyMs`. An outage fails every request the same
 * way; one line a minute says so without burying everything else in the log.
 */
export function throttledLog(log: (line: string) => void = logError, everyMs = 60_000): (line: string) => void {
  let lastLogged = -Infinity;
  return (line) => {
    const now = Date.now();
    if (now - lastLogged < everyMs) return;
    lastLogged = now;
    log(line);
  };
}

/** The store's logger at error level, looked up when a line is written (so a test's spy sees lines of clients made before it). */
export const logError = (line: string): void => log.error({ module: "redis" }, line);
