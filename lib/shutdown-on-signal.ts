import { closeDb } from "@/db";
import { cacheRuntime } from "@/lib/cache";
import { closeCartStore } from "@/lib/cart";
import { env } from "@/lib/env";
import { stopOutbox } from "@/lib/outbox";
import { httpServers } from "@/lib/http";
import { closeRedisClients } from "@/lib/rate-limit";
import { CLOSE_BUDGET_MS, shutDown } from "./server-shutdown";
import { log } from "@/lib/log";
import { flushTelemetry } from "@/lib/telemetry";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;
// Next's own handler in start-server.js: it exits (143) as soon as its server has closed,
// which under busy keep-alive clients is late and for an outbox delivery in hand is early.
// NEXT_MANUAL_SIG_HANDLE keeps Next from installing it; this takes it out when that is unset.
export const NEXT_SIGNAL_HANDLER_NAME = "cleanup";

const INSTALLED = Symbol.for("storefront.shutdown");
const holder = globalThis as unknown as { [INSTALLED]?: boolean };

/** On SIGTERM or SIGINT, `next start` shuts down gracefully (lib/server-shutdown.ts) and exits 0. */
export function shutDownOnSignal(): void {
  // `next dev` keeps its own handler: it also closes the dev server's sockets and watchers.
  if (env.NODE_ENV !== "production" || holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === NEXT_SIGNAL_HANDLER_NAME) process.off(signal, listener);
    }
    process.on(signal, onSignal);
  }
}

let started = 0;

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  // A terminal's Ctrl+C reaches npm and the server alike: one shutdown is enough.
  if (started) return void log.info({ module: "shutdown" }, `${signal} again: still shutting down`);
  started = Date.now();
  const timeoutMs = env.SHUTDOWN_TIMEOUT_MS;
  // The last resort, should a close hang beyond its own timeouts.
  setTimeout(
    () => {
      log.error({ module: "shutdown" }, `not finished after ${timeoutMs + CLOSE_BUDGET_MS} ms; exiting anyway`);
      process.exit(1);
    },
    timeoutMs + CLOSE_BUDGET_MS + 1_000,
  ).unref();
  log.info(
    { module: "shutdown" },
    `${signal}: taking no new connections; requests in progress and the outbox event in hand get ${timeoutMs} ms`,
  );
  try {
    const report = await shutDown({
      timeoutMs,
      servers: httpServers(),
      stopWork: stopOutbox,
      closers: [
        { name: "the cache's Redis", close: () => cacheRuntime().close() },
        { name: "the carts' Redis", close: closeCartStore },
        { name: "the rate limits' Redis", close: closeRedisClients },
        { name: "the database", close: closeDb },
        // After the outbox stopped, so the spans of its last deliveries go too.
        { name: "the traces", close: flushTelemetry },
      ],
    });
    const cut = report.requests.includes("cut")
      ? `requests still open at ${timeoutMs} ms were cut`
      : "every request finished";
    const released = report.released ? `; ${report.released} outbox event(s) handed back for another instance` : "";
    const unclosed = report.unclosed.length ? `; not closed in time: ${report.unclosed.join(", ")}` : "";
    log.info({ module: "shutdown" }, `done in ${Date.now() - started} ms: ${cut}${released}${unclosed}`);
    process.exit(0);
  } catch (error) {
    log.error({ err: error, module: "shutdown" }, "shutdown failed");
    process.exit(1);
  }
}
