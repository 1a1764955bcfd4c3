import { startFakeEasyPost } from "../tests/helpers/fake-easypost";
import { startFakeResend } from "../tests/helpers/fake-resend";
import { startOtlpReceiver } from "../tests/helpers/otlp-receiver";
import { E2E_EASYPOST_KEY, E2E_EASYPOST_WEBHOOK_SECRET } from "./carrier";
import { E2E_RESEND_KEY } from "./inbox";

/**
 * Runs what the store talks to for the whole run (playwright.config.ts): the fake Resend it
 * sends email to, the OTLP collector it sends its traces to, and the fake EasyPost it quotes
 * live rates from and buys labels at.
 */
export default async function globalSetup() {
  const resend = await startFakeResend(E2E_RESEND_KEY, { port: Number(new URL(process.env.E2E_RESEND_URL!).port) });
  const collector = await startOtlpReceiver({ port: Number(new URL(process.env.E2E_OTLP_URL!).port) });
  const easypost = await startFakeEasyPost({
    port: Number(new URL(process.env.E2E_EASYPOST_URL!).port),
    apiKey: E2E_EASYPOST_KEY,
    webhookSecret: E2E_EASYPOST_WEBHOOK_SECRET,
  });
  return async () => {
    await Promise.all([resend.close(), collector.close(), easypost.close()]);
  };
}
