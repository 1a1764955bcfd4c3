import type { Attributes, Context, SpanKind } from "@opentelemetry/api";
import { type Sampler, SamplingDecision, type SamplingResult } from "@opentelemetry/sdk-trace";

// With no collector to send spans to, only Next's one span per request is recorded, and not
// exported: the request-duration metric reads its route and status when it ends
// (lib/metrics/request-duration.ts). Every other span stays a no-op.
export const requestSpansOnly: Sampler = {
  shouldSample(_context: Context, _traceId: string, _name: string, _kind: SpanKind, attributes: Attributes) {
    const decision =
      attributes["next.span_type"] === "BaseServer.handleRequest"
        ? SamplingDecision.RECORD
        : SamplingDecision.NOT_RECORD;
    return { decision } satisfies SamplingResult;
  },
  toString: () => "RequestSpansOnly",
};
