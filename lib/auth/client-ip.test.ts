import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = (xff?: string, realIp?: string) => new Headers({ ...(xff ? { "x-forwarded-for": xff } : {}), ...(realIp ? { "x-real-ip": realIp } : {}) });

describe("clientIp", () => {
  it("takes the address our own proxy appended, not one the client put in front of it", () => {
    // The client sent "6.6.6.6"; the proxy appended the address it really saw.
    expect(clientIp(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIp(headers("203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("looks further left behind more proxies, never past the first entry", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    expect(clientIp(headers("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("falls back to x-real-ip, then to a fixed bucket, and keeps keys printable", () => {
    expect(clientIp(headers(undefined, "198.51.100.4"), 1)).toBe("198.51.100.4");
    expect(clientIp(headers(), 1)).toBe("unknown");
    expect(clientIp(headers("1.2.3.4<script>"), 1)).toBe("1.2.3.4script");
  });
});
