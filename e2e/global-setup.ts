import { startFakeResend } from "../tests/helpers/fake-resend";
import { startOtlpReceiver } from "../tests/helpers/otlp-receiver";
import { E2E_RESEND_KEY } from "./inbox";

/**
 * Runs what the store talks to for the whole run (playwright.config.ts): the fake Resend it
 * sends email to, and the OTLP collector it sends its traces to.
 */
export default async function globalSetup() {
  const resend = await startFakeResend(E2E_RESEND_KEY, { port: Number(new URL(process.env.E2E_RESEND_URL!).port) });
  const collector = await startOtlpReceiver({ port: Number(new URL(process.env.E2E_OTLP_URL!).port) });
  return async () => {
    await Promise.all([resend.close(), collector.close()]);
  };
}
