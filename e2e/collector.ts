import type { ReceivedSpan } from "../tests/helpers/otlp-receiver";

// What the store reports about itself in the e2e run: the spans it sent to the OTLP collector
// that e2e/global-setup.ts starts, and the bearer token its /api/metrics takes.

export const E2E_METRICS_TOKEN = "e2e-metrics-token-0123456789";

export async function collectedSpans(): Promise<ReceivedSpan[]> {
  const response = await fetch(`${process.env.E2E_OTLP_URL}/spans`);
  return (await response.json()) as ReceivedSpan[];
}
