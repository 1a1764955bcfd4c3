import { easypostSignature, trackerEvent, type TrackerEventInput } from "../tests/helpers/fake-easypost";

// The carrier in the e2e run: the fake EasyPost (tests/helpers/fake-easypost.ts) that
// e2e/global-setup.ts starts, which the store quotes rates from and buys labels at. Its GET
// /purchases lists the labels bought, GET /trackers the numbers followed; tracker webhooks are posted to the store signed with
// the secret the store was given.

export const E2E_EASYPOST_KEY = "EZTKe2efake";
export const E2E_EASYPOST_WEBHOOK_SECRET = "e2e-easypost-webhook-secret";

/** The labels bought so far, oldest first. */
export async function purchases(): Promise<{ shipmentId: string; rateId: string }[]> {
  const response = await fetch(`${process.env.E2E_EASYPOST_URL}/purchases`);
  return (await response.json()) as { shipmentId: string; rateId: string }[];
}

/** The tracking numbers the store asked the carrier service to follow (numbers staff typed), oldest first. */
export async function followedNumbers(): Promise<string[]> {
  const response = await fetch(`${process.env.E2E_EASYPOST_URL}/trackers`);
  return ((await response.json()) as { trackingCode: string }[]).map((t) => t.trackingCode);
}

/** Posts a signed tracker.updated event to the store's webhook, as EasyPost would; the store's answer. */
export async function postTrackerEvent(baseURL: string, input: TrackerEventInput): Promise<number> {
  const event = trackerEvent(input);
  const response = await fetch(`${baseURL}/api/webhooks/easypost`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hmac-signature": easypostSignature(E2E_EASYPOST_WEBHOOK_SECRET, event.body),
    },
    body: event.body,
  });
  return response.status;
}
