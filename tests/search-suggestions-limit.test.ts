import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { expect, it, vi } from "vitest";
import { GET } from "@/app/api/search/suggestions/route";

// The suggestions API answers every keystroke of every shopper, so it is limited per IP
// (generously: 600 a minute) and refuses past that with a 429 the search box can read.
// The search itself is stubbed: what is tested is the door, not the engine.

// The client's IP as the limits see it; how it is found (proxies, the peer address) is
// lib/auth/client-ip.ts's business and tested there.
vi.mock("@/lib/auth/client-ip", () => ({
  clientIp: (headers: Headers) => headers.get("x-forwarded-for") ?? "unknown",
}));
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  connection: async () => {},
}));
vi.mock("@/lib/search/service", () => ({
  searchSuggestions: async (query: string) => ({ query, products: [], categories: [] }),
}));

const run = randomBytes(3);
const ip = (n: number) => `10.${run[0]}.${run[1]}.${n}`;
const ask = (from: string, q = "tent") =>
  GET(new NextRequest(`http://localhost/api/search/suggestions?q=${q}`, { headers: { "x-forwarded-for": from } }));

it("serves 600 suggestions a minute to one IP, then answers 429 with Retry-After and a reason; other IPs are served", async () => {
  const busy = ip(1);
  for (let batch = 0; batch < 6; batch++) {
    const statuses = await Promise.all(Array.from({ length: 100 }, () => ask(busy).then((r) => r.status)));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  }

  const refused = await ask(busy);
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(refused.headers.get("cache-control")).toBe("no-store");
  expect(await refused.json()).toMatchObject({
    error: "rate_limited",
    message: expect.stringMatching(/Too many suggestion requests/),
  });

  expect((await ask(ip(2))).status).toBe(200);
});

it("does not count queries too short to search", async () => {
  const typist = ip(3);
  for (let i = 0; i < 3; i++) expect((await ask(typist, "t")).status).toBe(200);
  expect(await (await ask(typist, "t")).json()).toEqual({ query: "t", products: [], categories: [] });
});
