import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { stampPeerAddresses } from "@/lib/http/peer-address";
import { newOrderNumber } from "@/lib/orders/identifiers";
import { createTrackingLimits, type TrackingLimits } from "@/lib/orders/tracking-limits";
import { closeRedisClients } from "@/lib/rate-limit/redis-client";
import { startTestServer, sendJson, type TestServer } from "./helpers/http-server";

// Whose lookups a rate limit counts. With the default configuration (no proxy in front of
// `next start`), a request's address is the connection's, which the Node server stamps on
// it: an X-Forwarded-For the client makes up, fresh on every request, counts against the
// same address. Driven over real HTTP, like `next start`: the server is created without
// knowing about the stamp, and the handler reads headers only, like a server action.

const backend = process.env.REDIS_URL ? "redis" : "database";

function trackingLimits(): TrackingLimits {
  const run = `t${randomBytes(5).toString("hex")}`;
  return createTrackingLimits(
    {
      ip: { keyPrefix: `${run}:ip`, points: 10, duration: 600 },
      orderIp: { keyPrefix: `${run}:order-ip`, points: 5, duration: 600 },
    },
    backend,
  );
}

let limits: TrackingLimits;
let server: TestServer;

beforeAll(async () => {
  stampPeerAddresses();
  server = await startTestServer(async (request, response) => {
    const headers = new Headers(request.headers as Record<string, string>);
    const number = new URL(request.url ?? "/", "http://x").searchParams.get("number") ?? "";
    sendJson(response, 200, { ip: clientIp(headers), verdict: await limits.attempt(clientIp(headers), number) });
  });
});

afterAll(async () => {
  await server.close();
  await closeRedisClients();
});

const lookUp = async (number: string, forged: Record<string, string>) =>
  (await (await fetch(`${server.url}/track?number=${encodeURIComponent(number)}`, { headers: forged })).json()) as {
    ip: string;
    verdict: { limited: boolean; retryAfterSeconds?: number };
  };

describe("client addresses for rate limits", () => {
  it("count made-up X-Forwarded-For values against the one connection they came on", async () => {
    limits = trackingLimits();
    for (let i = 1; i <= 10; i++) {
      const answer = await lookUp(newOrderNumber(), {
        "x-forwarded-for": `198.51.100.${i}`,
        "x-real-ip": `192.0.2.${i}`,
      });
      expect(answer).toEqual({ ip: "127.0.0.1", verdict: { limited: false } });
    }
    const eleventh = await lookUp(newOrderNumber(), {
      "x-forwarded-for": "203.0.113.250",
      "x-storefront-peer-address": "203.0.113.251",
    });
    expect(eleventh.ip).toBe("127.0.0.1");
    expect(eleventh.verdict).toMatchObject({ limited: true, retryAfterSeconds: expect.any(Number) });
  });
});

describe("order tracking limits", () => {
  it("one IP's lookups of an order do not lock that order for anyone else", async () => {
    const l = trackingLimits();
    const order = newOrderNumber();
    for (let i = 0; i < 5; i++) expect(await l.attempt("192.0.2.66", order)).toEqual({ limited: false });
    expect(await l.attempt("192.0.2.66", order)).toMatchObject({ limited: true });
    // The owner, elsewhere, can still look the order up.
    expect(await l.attempt("198.51.100.20", order)).toEqual({ limited: false });
    expect(await l.attempt("198.51.100.20", order.toLowerCase().replace("-", ""))).toEqual({ limited: false });
  });

  it("still stop one IP from trying many orders", async () => {
    const l = trackingLimits();
    for (let i = 0; i < 10; i++) expect(await l.attempt("192.0.2.77", newOrderNumber())).toEqual({ limited: false });
    expect(await l.attempt("192.0.2.77", newOrderNumber())).toMatchObject({ limited: true });
  });
});
