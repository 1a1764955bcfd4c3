import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, peerAddress, stampedPeerAddress, stampPeerAddresses } from "./peer-address";

// A real HTTP server, created (like `next start`'s) without knowing about the stamp.
let server: http.Server;
let port: number;

beforeAll(async () => {
  stampPeerAddresses();
  stampPeerAddresses(); // twice is once
  server = http.createServer((request, response) => {
    const value = request.headers[PEER_ADDRESS_HEADER];
    response.end(
      JSON.stringify(
        typeof value === "string" ? (stampedPeerAddress(new Headers({ [PEER_ADDRESS_HEADER]: value })) ?? null) : null,
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const seenAs = async (headers: Record<string, string>) =>
  (await fetch(`http://127.0.0.1:${port}/`, { headers })).json();

describe("stampPeerAddresses", () => {
  it("stamps each request with the address that opened the connection", async () => {
    expect(await seenAs({})).toBe("127.0.0.1");
  });

  it("replaces a copy the client sent, and forwarding headers change nothing", async () => {
    expect(
      await seenAs({ [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "7.7.7.7", "x-real-ip": "8.8.8.8" }),
    ).toBe("127.0.0.1");
  });
});

describe("peerAddress", () => {
  it("gives an IPv4 client the same address on a dual-stack socket", () => {
    expect(peerAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(peerAddress("2001:db8::1")).toBe("2001:db8::1");
    expect(peerAddress(undefined)).toBeUndefined();
  });
});
