import "server-only";
import { db } from "@/db";
import { breakerStates } from "@/lib/breakers";
import { log } from "@/lib/log";
import { metrics } from "@/lib/metrics";
import { outboxBacklog } from "@/lib/outbox";
import { queriesInFlight } from "@/lib/telemetry";

const STATE_VALUE = { closed: 0, "half-open": 1, open: 2, isolated: 2 } as const;

/**
 * The Prometheus text for /api/metrics: the counters kept in memory, and the gauges read now
 * (outbox backlog, breakers, queries in flight). A database that does not answer leaves the
 * outbox gauges out rather than failing the scrape: the scrape is how an operator sees it.
 */
export async function scrapeMetrics(): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  for (const { name, state } of breakerStates()) m.breakerState.set({ breaker: name }, STATE_VALUE[state]);
  for (const [pool, count] of queriesInFlight()) m.dbQueriesInFlight.set({ pool }, count);
  try {
    const backlog = await outboxBacklog(db);
    m.outboxRows.set({ status: "pending" }, backlog.pending);
    m.outboxRows.set({ status: "failed" }, backlog.failed);
    m.outboxOldestPending.set(backlog.oldestPendingSeconds);
  } catch (err) {
    log.warn({ err, module: "metrics" }, "outbox gauges left out: the database did not answer");
    m.outboxRows.reset();
    m.outboxOldestPending.reset();
  }
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}
