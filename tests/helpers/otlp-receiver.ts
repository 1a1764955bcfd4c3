import { sendJson, startTestServer } from "./http-server";

// A collector as far as the store talks to one: OTLP/HTTP with JSON bodies on POST
// /v1/traces (what @opentelemetry/exporter-trace-otlp-http sends). It keeps every span.
// GET /spans (not OTLP's) lets an e2e journey in another process read them back.

export type ReceivedSpan = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  service: string;
  attributes: Record<string, string | number | boolean>;
};

type OtlpValue = { stringValue?: string; intValue?: string | number; doubleValue?: number; boolValue?: boolean };
type OtlpAttribute = { key: string; value: OtlpValue };
type OtlpExport = {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: {
      spans?: { traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: OtlpAttribute[] }[];
    }[];
  }[];
};

function valueOf(value: OtlpValue): string | number | boolean {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  return value.boolValue ?? "";
}

const attributesOf = (list: OtlpAttribute[] = []) => Object.fromEntries(list.map((a) => [a.key, valueOf(a.value)]));

/** Spans as a flat list from one OTLP/JSON export body. */
export function spansOf(body: OtlpExport): ReceivedSpan[] {
  return (body.resourceSpans ?? []).flatMap((resource) => {
    const service = String(attributesOf(resource.resource?.attributes)["service.name"] ?? "");
    return (resource.scopeSpans ?? []).flatMap((scope) =>
      (scope.spans ?? []).map((span) => ({
        traceId: span.traceId,
        spanId: span.spanId,
        ...(span.parentSpanId ? { parentSpanId: span.parentSpanId } : {}),
        name: span.name,
        service,
        attributes: attributesOf(span.attributes),
      })),
    );
  });
}

export type OtlpReceiver = { url: string; spans: ReceivedSpan[]; close: () => Promise<void> };

export async function startOtlpReceiver(options: { port?: number } = {}): Promise<OtlpReceiver> {
  const spans: ReceivedSpan[] = [];
  const server = await startTestServer((request, response) => {
    if (request.method === "GET" && request.url === "/spans") return sendJson(response, 200, spans);
    if (request.method !== "POST" || request.url !== "/v1/traces") return sendJson(response, 404, {});
    if (!String(request.headers["content-type"]).includes("json"))
      return sendJson(response, 415, { error: "this receiver speaks OTLP/HTTP with JSON bodies" });
    spans.push(...spansOf(JSON.parse(request.body) as OtlpExport));
    sendJson(response, 200, { partialSuccess: {} });
  }, options);
  return { url: server.url, spans, close: server.close };
}
