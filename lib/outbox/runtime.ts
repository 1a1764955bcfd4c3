import { db } from "@/db";
import { inngest, inngestConfigured } from "@/lib/outbox/inngest-client";
import { getEmailSender } from "@/lib/email";
import { env } from "@/lib/env";
import { createDispatcher, type Dispatcher, type StopReport } from "./dispatcher";
import { inngestTransport, inProcessTransport } from "./transports";
import type { HandlerContext } from "./types";

// The process-wide dispatcher. Cached on globalThis: Next bundles instrumentation and the
// routes separately, and dev reloads modules, yet one process must run one sweep.

export function defaultHandlerContext(): HandlerContext {
  return { db, email: getEmailSender() };
}

const globalForOutbox = globalThis as unknown as {
  __storefrontDispatcher?: Dispatcher;
  __storefrontSweep?: NodeJS.Timeout;
};

export function getDispatcher(): Dispatcher {
  globalForOutbox.__storefrontDispatcher ??= createDispatcher({
    db,
    transport: inngestConfigured ? inngestTransport(inngest) : inProcessTransport({ context: defaultHandlerContext }),
  });
  return globalForOutbox.__storefrontDispatcher;
}

/** Starts delivering due outbox rows now, in the background; with `wait`, resolves when done. */
export async function kickDispatcher(options: { wait?: boolean } = {}): Promise<void> {
  const dispatcher = getDispatcher();
  dispatcher.kick();
  if (options.wait) await dispatcher.idle();
}

/**
 * The periodic sweep on a long-running Node server: it catches rows whose kick was missed
 * (written outside a request, or the process restarted) and retries that come due. The
 * timer is unref'd so it never keeps a process (a script, a test run) alive.
 */
export function startOutboxSweep(
  options: { intervalMs?: number; dispatcher?: Pick<Dispatcher, "kick"> } = {},
): () => void {
  const { intervalMs = env.OUTBOX_POLL_INTERVAL_MS, dispatcher = getDispatcher() } = options;
  if (intervalMs <= 0) return () => {};
  stopOutboxSweep();
  const timer = setInterval(() => dispatcher.kick(), intervalMs);
  timer.unref();
  globalForOutbox.__storefrontSweep = timer;
  dispatcher.kick();
  return stopOutboxSweep;
}

/**
 * At shutdown: no more sweeps or claims; the event being delivered gets up to `graceMs` to
 * finish, and whatever is still unfinished then is handed back, due at once for the next
 * instance (rather than held until its lease runs out).
 */
export async function stopOutbox(graceMs: number): Promise<StopReport> {
  stopOutboxSweep();
  return (await globalForOutbox.__storefrontDispatcher?.stop(graceMs)) ?? { released: 0 };
}

function stopOutboxSweep(): void {
  clearInterval(globalForOutbox.__storefrontSweep);
  globalForOutbox.__storefrontSweep = undefined;
}
