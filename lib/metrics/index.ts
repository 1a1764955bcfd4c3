// Prometheus metrics (docs/architecture.md, "Observability"). Counting is synchronous and
// in memory; /api/metrics renders them (lib/scrape-metrics.ts fills the gauges read at scrape).
export { metrics } from "./registry";
export { requestDurationProcessor } from "./request-duration";
export { countDelivered } from "./events";
