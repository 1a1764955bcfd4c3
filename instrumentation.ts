import type { Instrumentation } from "next";

// Runs once when a server process starts (next dev / next start). Tracing starts first, so
// everything after it, the start-up checks included, is measured.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startTelemetry } = await import("@/lib/telemetry");
  const { requestDurationProcessor } = await import("@/lib/metrics");
  startTelemetry([requestDurationProcessor]);
  const { prepareServer } = await import("@/lib/server-start");
  await prepareServer();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/log");
  logRequestError(error, request, context);
};
