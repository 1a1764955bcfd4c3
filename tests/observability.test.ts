import { Writable } from "node:stream";
import { context, propagation, trace } from "@opentelemetry/api";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { db } from "@/db";
import { outbox } from "@/db/schema";
import { createResendSender } from "@/lib/email/sender";
import { env } from "@/lib/env";
import { runInRequest } from "@/lib/log";
import { createLogger } from "@/lib/log/logger";
import { createDispatcher } from "@/lib/outbox/dispatcher";
import { inProcessTransport } from "@/lib/outbox/transports";
import { flushTelemetry, SpanKind, startTelemetry, withSpan } from "@/lib/telemetry";
import { insertProduct, reviewAndPlace, shopperDetails } from "./helpers/checkout-fixtures";
import { type FakeResend, startFakeResend } from "./helpers/fake-resend";
import { type OtlpReceiver, startOtlpReceiver } from "./helpers/otlp-receiver";
import { resetOutbox } from "./helpers/outbox";

// One checkout followed from the request to its confirmation email in one trace, through an
// OTLP collector on a local port; the log lines written on the way carry the same ids; the
// Prometheus endpoint counts the order.

vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));

let receiver: OtlpReceiver;
let resend: FakeResend;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  resend = await startFakeResend();
  // lib/env parsed process.env before this file ran; telemetry reads the parsed value.
  env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
  env.METRICS_TOKEN = "metrics-token-for-tests-0123";
  startTelemetry();
  await resetOutbox();
});

afterAll(async () => {
  env.OTEL_EXPORTER_OTLP_ENDPOINT = undefined;
  env.METRICS_TOKEN = undefined;
  trace.disable();
  context.disable();
  propagation.disable();
  await Promise.all([receiver.close(), resend.close()]);
});

it("follows a checkout from the request into its confirmation email in one trace", async () => {
  const { variantIds } = await insertProduct(db, { variants: [{ price: 2_500, stock: 5 }] });
  const email = "trace.shopper@example.com";

  // What Next does for a request: a server span, with the checkout running inside it.
  const { traceId, orderId } = await withSpan("POST /checkout", { kind: SpanKind.SERVER }, async (span) => {
    const placed = await reviewAndPlace(db, {
      lines: [{ variantId: variantIds[0]!, quantity: 1 }],
      details: shopperDetails({ email, paymentMethod: "cash_on_delivery" }),
    });
    if (!placed.ok) throw new Error(placed.message);
    return { traceId: span.spanContext().traceId, orderId: placed.order.id };
  });

  // Later, elsewhere: the outbox delivers the order's events through the real handlers.
  const [row] = await db.select().from(outbox).where(eq(outbox.name, "shop/order.placed"));
  expect(row?.traceContext?.traceparent).toContain(traceId);
  const sender = createResendSender({ apiKey: resend.apiKey, baseUrl: resend.url });
  const dispatcher = createDispatcher({
    db,
    transport: inProcessTransport({ context: () => ({ db, email: sender }) }),
  });
  await dispatcher.drain();
  expect(resend.sent.map((e) => e.body.to)).toContain(email);
  await flushTelemetry();

  const inTrace = receiver.spans.filter((s) => s.traceId === traceId);
  const names = inTrace.map((s) => s.name);
  expect(names).toContain("POST /checkout");
  expect(names).toContain("outbox shop/order.placed");
  expect(names).toContain("handler send-order-confirmation");
  expect(names).toContain("email resend");
  // The order's own SQL, with placeholders and never the shopper's values.
  const inserts = inTrace.filter((s) => s.attributes["db.operation.name"] === "INSERT");
  expect(inserts.some((s) => String(s.attributes["db.query.text"]).includes('"orders"'))).toBe(true);
  expect(inTrace.some((s) => String(s.attributes["db.query.text"] ?? "").includes(email))).toBe(false);
  // The call to the email provider itself, as an HTTP client span under the email span.
  const emailSpan = inTrace.find((s) => s.name === "email resend")!;
  expect(
    inTrace.some((s) => s.parentSpanId === emailSpan.spanId && s.attributes["http.request.method"] === "POST"),
  ).toBe(true);
  expect(orderId).toBeGreaterThan(0);
});

it("writes JSON log lines carrying the request id and the trace id, with the shopper's email masked", async () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger(sink);
  const traceId = await runInRequest({ requestId: "req-test-000001" }, () =>
    withSpan("GET /account", {}, async (span) => {
      logger.warn(
        { email: "grace.hopper@example.com", password: "hunter2" },
        "sign-in refused for grace.hopper@example.com",
      );
      return span.spanContext().traceId;
    }),
  );
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({
    level: "warn",
    request_id: "req-test-000001",
    trace_id: traceId,
    email: "g***@example.com",
    password: "[redacted]",
    msg: "sign-in refused for g***@example.com",
  });
  expect(typeof lines[0]!.time).toBe("string");
});

it("serves Prometheus metrics only with the bearer token, counting the orders placed", async () => {
  const scrape = (authorization?: string) =>
    metricsRoute(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));

  expect((await scrape()).status).toBe(401);
  expect((await scrape("Bearer not-the-token-0000000000")).status).toBe(401);

  const response = await scrape(`Bearer ${env.METRICS_TOKEN}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  const body = await response.text();
  // The order the first test placed, delivered through the outbox.
  expect(body).toMatch(/^shop_orders_placed_total\{payment_method="[^"]+"\} 1$/m);
  expect(body).toMatch(/^shop_outbox_rows\{status="pending"\} \d+$/m);
  expect(body).toContain("http_request_duration_seconds");
  expect(body).toContain("shop_breaker_state");
});
