import {
  type Attributes,
  INVALID_SPAN_CONTEXT,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  TraceFlags,
} from "@opentelemetry/api";
import { tracingEnabled } from "./start";

// Spans for the store's own work (docs/architecture.md, "Observability"). Without a registered
// tracer provider the API hands out no-op spans, so this costs nothing when tracing is off.

const tracer = () => trace.getTracer("storefront");
const NO_SPAN = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

export type SpanOptions = { attributes?: Attributes; kind?: SpanKind };

/** Runs `fn` in a child span of the active one; an error marks the span and is rethrown. */
export function withSpan<T>(name: string, options: SpanOptions, fn: (span: Span) => Promise<T>): Promise<T> {
  // Off, not even a no-op span is made: Redis and SQL calls run on every page.
  if (!tracingEnabled()) return fn(NO_SPAN);
  return tracer().startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes },
    async (span) => {
      try {
        return await fn(span);
      } catch (error) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** Where an event sent to Inngest carries its trace context. */
export const TRACE_KEY = "_trace";

/** The active trace context as W3C headers (`traceparent`), to store with work done later; null outside a trace. */
export function traceCarrier(): Record<string, string> | null {
  const active = trace.getActiveSpan()?.spanContext();
  if (!active || (active.traceFlags & TraceFlags.SAMPLED) === 0) return null;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ? carrier : null;
}

/** Runs `fn` as part of the trace a carrier came from (or a new one without it). */
export function inTraceOf<T>(carrier: Record<string, string> | null | undefined, fn: () => T): T {
  if (!carrier) return fn();
  return context.with(propagation.extract(context.active(), carrier), fn);
}

export { SpanKind };
