import { AsyncResource } from "node:async_hooks";
import type { SpanExporter } from "@opentelemetry/sdk-trace";

/**
 * The exporter, sending from the async context it was made in (the process's start-up). The
 * batch processor sends from a timer started by whichever span ended first, often inside a
 * render; there Next takes the exporter's clock reads for the page's own, and a cached page's
 * regeneration fails ("Date.now() while prerendering"), leaving the old page in place.
 */
export function exportingOutsideRequests(exporter: SpanExporter): SpanExporter {
  const run = AsyncResource.bind((send: () => void) => send());
  return {
    export: (spans, done) => run(() => exporter.export(spans, done)),
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}
