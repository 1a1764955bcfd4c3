import { startFakeResend } from "../tests/helpers/fake-resend";
import { E2E_RESEND_KEY } from "./inbox";

/** Runs the fake Resend the store sends email to (playwright.config.ts) for the whole run. */
export default async function globalSetup() {
  const resend = await startFakeResend(E2E_RESEND_KEY, { port: Number(new URL(process.env.E2E_RESEND_URL!).port) });
  return resend.close;
}
