import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_METRICS_TOKEN } from "./e2e/collector";
import { E2E_EASYPOST_KEY, E2E_EASYPOST_WEBHOOK_SECRET } from "./e2e/carrier";
import { E2E_RESEND_KEY } from "./e2e/inbox";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/chromium";

// Drives the built store on its embedded defaults in Debian's Chromium, as it ships: the
// standalone server (`node .next/standalone/server.js`, what the Dockerfile runs) with the
// static files and public/ copied beside it. Auth.js forms break on 127.0.0.1, so browse on localhost.
const port = Number(process.env.E2E_PORT ?? 3300);
const baseURL = `http://localhost:${port}`;
// A fresh embedded store for every run: the web server command empties this folder first.
// The card journey (e2e/checkout.spec.ts) runs against a local fake of Stripe's API that the
// spec starts on this port; the store gets matching test keys. Manual payment methods stay
// available, so every other journey still sees what the embedded default offers.
const stripeApiUrl = (process.env.STRIPE_API_URL ??= `http://127.0.0.1:${port + 1000}`);
// Email goes to a local fake of Resend that e2e/global-setup.ts runs for the whole run: the
// journeys read reset and confirmation links from it, as the addressee would from their
// inbox (the store's own mailbox never shows them outside `next dev`).
const resendApiUrl = (process.env.E2E_RESEND_URL ??= `http://127.0.0.1:${port + 2000}`);
// Traces go to a local OTLP collector (also e2e/global-setup.ts), and /api/metrics is on:
// e2e/observability.spec.ts follows a checkout through both.
const otlpUrl = (process.env.E2E_OTLP_URL ??= `http://127.0.0.1:${port + 3000}`);
// The carrier is a local fake of EasyPost (also e2e/global-setup.ts): every checkout's review
// offers its live rates beside the store's methods, which stay the default choice.
const easypostUrl = (process.env.E2E_EASYPOST_URL ??= `http://127.0.0.1:${port + 4000}`);
const dataDir = process.env.E2E_DATA_DIR ?? path.join(tmpdir(), `storefront-e2e-${port}`);
const distDir = process.env.NEXT_DIST_DIR || ".next";
const standalone = `${distDir}/standalone`;

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS },
  },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: [
      `rm -rf ${dataDir}`,
      "npm run build",
      `cp -r ${distDir}/static ${standalone}/${distDir}/static`,
      `cp -r public ${standalone}/public`,
      `node ${standalone}/server.js`,
    ].join(" && "),
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOSTNAME: "0.0.0.0",
      DATA_DIR: dataDir,
      SITE_URL: baseURL,
      AUTH_URL: baseURL,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      STRIPE_SECRET_KEY: "sk_test_fake",
      STRIPE_WEBHOOK_SECRET: "whsec_test_fake",
      STRIPE_API_URL: stripeApiUrl,
      RESEND_API_KEY: E2E_RESEND_KEY,
      RESEND_BASE_URL: resendApiUrl,
      OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl,
      EASYPOST_API_KEY: E2E_EASYPOST_KEY,
      EASYPOST_WEBHOOK_SECRET: E2E_EASYPOST_WEBHOOK_SECRET,
      EASYPOST_API_URL: easypostUrl,
      METRICS_TOKEN: E2E_METRICS_TOKEN,
      // Each journey sends an address of its own in X-Forwarded-For (e2e/fixtures.ts).
      TRUSTED_PROXY_HOPS: "1",
    },
  },
});
