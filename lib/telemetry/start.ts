import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  ParentBasedSampler,
  AlwaysOnSampler,
  type SpanProcessor,
  TracerProvider,
} from "@opentelemetry/sdk-trace";
import { env } from "@/lib/env";
import { exportingOutsideRequests } from "./exporter";
import { requestSpansOnly } from "./sampler";

// Tracing for a server process (docs/architecture.md, "Observability"), started first thing
// in instrumentation.ts. With OTEL_EXPORTER_OTLP_ENDPOINT every span is exported over
// OTLP/HTTP: Next's own (request, render, route handler, server action), ours (SQL, Redis,
// search, Stripe, Resend, Inngest, outbox handlers) and outgoing fetches. Without it only
// each request's own span is recorded, for the request-duration metric, and nothing leaves
// the process.

const STARTED = Symbol.for("storefront.telemetry");
const holder = globalThis as unknown as { [STARTED]?: TracerProvider };

/** True when spans are exported; SQL and client spans are only made then. */
export function tracingEnabled(): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

export function startTelemetry(extraProcessors: SpanProcessor[] = []): void {
  if (holder[STARTED]) return;
  const exporting = tracingEnabled();
  const spanProcessors = [...extraProcessors];
  if (exporting) {
    // The endpoint is the collector's base URL, as OTEL_EXPORTER_OTLP_ENDPOINT is everywhere.
    const url = `${env.OTEL_EXPORTER_OTLP_ENDPOINT!.replace(/\/$/, "")}/v1/traces`;
    const exporter = exportingOutsideRequests(new OTLPTraceExporter({ url, timeoutMillis: 5_000 }));
    spanProcessors.push(new BatchSpanProcessor({ exporter }));
  }
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME }),
    sampler: exporting ? new ParentBasedSampler({ root: new AlwaysOnSampler() }) : requestSpansOnly,
    spanProcessors,
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  if (exporting) registerInstrumentations({ instrumentations: [new UndiciInstrumentation()] });
  holder[STARTED] = provider;
}

/** Sends the spans still buffered, within the shutdown's budget. */
export async function flushTelemetry(): Promise<void> {
  await holder[STARTED]?.forceFlush({ timeoutMillis: 3_000 });
}
