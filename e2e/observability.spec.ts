import { expect, test } from "./fixtures";
import { collectedSpans, E2E_METRICS_TOKEN } from "./collector";
import { addToCart, fillUsAddress, placeOrder, uniqueEmail } from "./support";

// An operator's view of one checkout: its trace (from the shopper's click to the confirmation
// email sent by the outbox) at the OTLP collector, and the order counted at /api/metrics.

async function ordersPlaced(request: import("@playwright/test").APIRequestContext): Promise<number> {
  const response = await request.get("/api/metrics", { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split("\n").filter((line) => line.startsWith("shop_orders_placed_total"));
  return lines.reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

test("a checkout is one trace from the click to its confirmation email, and the metrics count it", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/metrics")).status()).toBe(401);
  const placedBefore = await ordersPlaced(request);

  await addToCart(page, "/products/pour-over-coffee-dripper");
  await page.goto("/checkout");
  await page.getByLabel("Email").fill(uniqueEmail("trace"));
  await fillUsAddress(page);
  await page.getByRole("radio", { name: /Standard/ }).check();
  await page.getByRole("radio", { name: /Cash on delivery/ }).check();
  await page.getByRole("button", { name: "Continue to review" }).click();
  const number = await placeOrder(page);

  // The placement names its order; its trace must reach the email, which the outbox sends after the response.
  let trace: string[] = [];
  await expect
    .poll(
      async () => {
        const spans = await collectedSpans();
        const placement = spans.find((s) => s.name === "place order" && s.attributes["order.number"] === number);
        trace = placement ? spans.filter((s) => s.traceId === placement.traceId).map((s) => s.name) : [];
        return trace.includes("email resend");
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  // Next's own span for the request that ran the server action, the order's SQL, and the background work.
  expect(trace.some((name) => /^POST \/checkout/.test(name))).toBe(true);
  expect(trace).toContain("INSERT primary");
  expect(trace).toContain("outbox shop/order.placed");
  expect(trace).toContain("handler send-order-confirmation");

  await expect.poll(() => ordersPlaced(request)).toBeGreaterThan(placedBefore);
});
