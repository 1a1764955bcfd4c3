import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// The process's Prometheus metrics (docs/architecture.md, "Observability"). One registry per
// process, kept on globalThis: Next loads this module once per bundle (the server's start-up,
// each route), and every copy must count into the same registry.

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    requestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time to answer a request, by route, method and status.",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    ordersPlaced: new Counter({
      name: "shop_orders_placed_total",
      help: "Orders placed, by payment method.",
      labelNames: ["payment_method"] as const,
      registers,
    }),
    ordersPaid: new Counter({
      name: "shop_orders_paid_total",
      help: "Orders whose payment was confirmed, by payment method.",
      labelNames: ["payment_method"] as const,
      registers,
    }),
    eventsDelivered: new Counter({
      name: "shop_events_delivered_total",
      help: "Outbox events delivered to their handlers (or to Inngest), by event.",
      labelNames: ["event"] as const,
      registers,
    }),
    cartAdds: new Counter({ name: "shop_cart_adds_total", help: "Items added to carts.", registers }),
    emails: new Counter({
      name: "shop_emails_total",
      help: "Emails handed to the provider, by template and outcome (sent, failed).",
      labelNames: ["template", "outcome"] as const,
      registers,
    }),
    texts: new Counter({
      name: "shop_texts_total",
      help: "Texts handed to the SMS provider, by template and outcome (sent, failed, opted_out).",
      labelNames: ["template", "outcome"] as const,
      registers,
    }),
    cacheLookups: new Counter({
      name: "shop_cache_lookups_total",
      help: "Page and data cache lookups, by cache and result (hit, miss).",
      labelNames: ["cache", "result"] as const,
      registers,
    }),
    breakerState: new Gauge({
      name: "shop_breaker_state",
      help: "Circuit breaker state per dependency: 0 closed, 1 half-open, 2 open or isolated.",
      labelNames: ["breaker"] as const,
      registers,
    }),
    outboxRows: new Gauge({
      name: "shop_outbox_rows",
      help: "Outbox rows waiting (pending) or given up on (failed).",
      labelNames: ["status"] as const,
      registers,
    }),
    outboxOldestPending: new Gauge({
      name: "shop_outbox_oldest_pending_seconds",
      help: "Age of the oldest pending outbox row that is due.",
      registers,
    }),
    dbQueriesInFlight: new Gauge({
      name: "shop_db_queries_in_flight",
      help: "Queries running now, by pool (primary, replica); each pool opens at most 10 connections.",
      labelNames: ["pool"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const METRICS = Symbol.for("storefront.metrics");
const holder = globalThis as unknown as { [METRICS]?: Metrics };

export function metrics(): Metrics {
  return (holder[METRICS] ??= createMetrics());
}
