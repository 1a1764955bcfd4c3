import { hrTimeToMilliseconds } from "@opentelemetry/core";
import type { ReadableSpan, SpanProcessor } from "@opentelemetry/sdk-trace";
import { metrics } from "./registry";

// Request durations by route come from Next's own span for each request: Next names the
// route there (`/products/[slug]`), so the label is the route, never the raw path.
export const requestDurationProcessor: SpanProcessor = {
  onStart() {},
  onEnd(span: ReadableSpan) {
    const attributes = span.attributes;
    if (attributes["next.span_type"] !== "BaseServer.handleRequest") return;
    const route = attributes["next.route"];
    // The first of Next's two passes for a request that goes through the proxy names no route.
    if (typeof route !== "string") return;
    metrics().requestDuration.observe(
      {
        route,
        method: String(attributes["http.method"] ?? "GET"),
        status: String(attributes["http.status_code"] ?? 0),
      },
      hrTimeToMilliseconds(span.duration) / 1_000,
    );
  },
  forceFlush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
};
