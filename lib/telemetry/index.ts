export { flushTelemetry, startTelemetry } from "./start";
export { inTraceOf, SpanKind, TRACE_KEY, traceCarrier, withSpan, type SpanOptions } from "./span";
export { instrumentPglite, instrumentPostgres, queriesInFlight } from "./sql";
