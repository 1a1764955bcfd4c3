import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, expect, it } from "vitest";
import { breakerStates } from "@/lib/breakers";
import { createStripeClient } from "./stripe-client";

// A Stripe that answers every request with a 500: the SDK's retries count against the
// breaker, and once it is open a call fails at once, as the StripeAPIError callers already
// turn into "Stripe could not be reached", without reaching the server.

let status = 500;
let requests = 0;
const server = createServer((_request, response) => {
  requests++;
  response
    .writeHead(status, { "content-type": "application/json" })
    .end(JSON.stringify(status >= 400 ? { error: { type: "api_error", message: "boom" } } : { object: "balance" }));
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

it("opens after a call fails with its retries, then refuses at once without asking Stripe", async () => {
  const stripe = createStripeClient({ secretKey: "sk_test_breaker", apiUrl: url });
  await expect(stripe.balance.retrieve()).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
  expect(requests).toBe(3); // the call and its two retries
  const name = `stripe@${new URL(url).host}`;
  expect(breakerStates()).toContainEqual({ name, state: "open" });

  status = 200;
  const started = performance.now();
  const refused = await stripe.balance.retrieve().then(
    () => null,
    (error: unknown) => error,
  );
  expect(refused).toBeInstanceOf(Stripe.errors.StripeAPIError);
  expect((refused as Error).message).toMatch(/circuit breaker open/);
  expect(requests).toBe(3);
  // A guard against retries with their back-off, not a speed claim.
  expect(performance.now() - started).toBeLessThan(400);
});

it("counts a refusal about the request (4xx) as Stripe answering", async () => {
  status = 402;
  const stripe = createStripeClient({ secretKey: "sk_test_breaker", apiUrl: url.replace("127.0.0.1", "localhost") });
  for (let i = 0; i < 4; i++) await expect(stripe.balance.retrieve()).rejects.toBeInstanceOf(Stripe.errors.StripeError);
  expect(breakerStates()).toContainEqual({
    name: `stripe@${new URL(url.replace("127.0.0.1", "localhost")).host}`,
    state: "closed",
  });
});
