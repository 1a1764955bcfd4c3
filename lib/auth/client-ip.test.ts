import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER, stampedHeaderValue } from "@/lib/http/peer-address";
import { clientIp } from "./client-ip";

const headers = (values: { xff?: string; realIp?: string; peer?: string }) =>
  new Headers({
    ...(values.xff ? { "x-forwarded-for": values.xff } : {}),
    ...(values.realIp ? { "x-real-ip": values.realIp } : {}),
    ...(values.peer ? { [PEER_ADDRESS_HEADER]: stampedHeaderValue(values.peer) } : {}),
  });

describe("clientIp", () => {
  it("by default (no proxy) is the connection's address, whatever forwarding headers the client sends", () => {
    for (const forged of ["6.6.6.6", "1.1.1.1, 2.2.2.2", undefined]) {
      expect(
        clientIp(headers({ xff: forged, realIp: "7.7.7.7", peer: "203.0.113.7" }), { hops: 0, vercel: false }),
      ).toBe("203.0.113.7");
    }
  });

  it("with no stamped address puts every caller in one bucket rather than trusting a header", () => {
    expect(clientIp(headers({ xff: "6.6.6.6", realIp: "7.7.7.7" }), { hops: 0, vercel: false })).toBe("unknown");
    // A copy the client wrote itself (sent before the server stamps, or through a server that does not).
    for (const forged of ["6.6.6.6", "0123456789abcdef0123456789abcdef 6.6.6.6"]) {
      expect(clientIp(new Headers({ [PEER_ADDRESS_HEADER]: forged }), { hops: 0, vercel: false })).toBe("unknown");
    }
  });

  it("counts an IPv6 client by its /64, however the address is written", () => {
    const options = { hops: 0, vercel: false };
    for (const address of [
      "2001:db8:0:1::1",
      "2001:db8:0:1:ffff:1:2:3",
      "2001:0db8:0000:0001:0000:0000:0000:0009",
      "2001:db8:0:1::5%eth0",
    ]) {
      expect(clientIp(headers({ peer: address }), options)).toBe("2001:db8:0:1::/64");
    }
    expect(clientIp(headers({ peer: "2001:db8:0:2::1" }), options)).toBe("2001:db8:0:2::/64");
    expect(clientIp(headers({ peer: "::1" }), options)).toBe("0:0:0:0::/64");
    expect(clientIp(headers({ peer: "fe80::1" }), options)).toBe("fe80:0:0:0::/64");
  });

  it("behind our proxy takes the address it appended, not one the client put in front of it", () => {
    // The client sent "6.6.6.6"; the proxy appended the address it really saw.
    const behindOne = { hops: 1, vercel: false };
    expect(clientIp(headers({ xff: "6.6.6.6, 203.0.113.7", peer: "10.0.0.2" }), behindOne)).toBe("203.0.113.7");
    expect(clientIp(headers({ xff: "203.0.113.7", peer: "10.0.0.2" }), behindOne)).toBe("203.0.113.7");
  });

  it("looks further left behind more proxies, never past the first entry, and falls back to the connection", () => {
    expect(clientIp(headers({ xff: "6.6.6.6, 203.0.113.7, 10.0.0.2" }), { hops: 2, vercel: false })).toBe(
      "203.0.113.7",
    );
    expect(clientIp(headers({ xff: "203.0.113.7" }), { hops: 3, vercel: false })).toBe("203.0.113.7");
    expect(clientIp(headers({ peer: "10.0.0.9" }), { hops: 1, vercel: false })).toBe("10.0.0.9");
  });

  it("on Vercel reads the headers its edge overwrites", () => {
    expect(clientIp(headers({ xff: "198.51.100.4", realIp: "198.51.100.4" }), { hops: 0, vercel: true })).toBe(
      "198.51.100.4",
    );
    expect(clientIp(headers({ xff: "198.51.100.5" }), { hops: 0, vercel: true })).toBe("198.51.100.5");
  });

  it("keeps keys printable and bounded", () => {
    expect(clientIp(headers({ peer: "1.2.3.4<script>" }), { hops: 0, vercel: false })).toBe("1.2.3.4script");
    expect(clientIp(headers({ xff: "<>" }), { hops: 1, vercel: false })).toBe("unknown");
    expect(clientIp(headers({ xff: "a".repeat(500) }), { hops: 1, vercel: false })).toHaveLength(64);
  });
});
