import { createHash } from "node:crypto";
import { test as base } from "@playwright/test";

// Each journey is a different shopper, from an address of its own. All of them run on this
// machine, and per-address rules (order limits, the cap on unpaid orders, the fraud check's
// velocity) would otherwise count every journey's orders against one shopper. The store runs
// with TRUSTED_PROXY_HOPS=1 (playwright.config.ts) and reads the address from
// X-Forwarded-For, as it would behind a proxy; a retry is a new shopper too.
export * from "@playwright/test";

export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    const [a, b, c] = createHash("sha256").update(`${testInfo.testId}:${testInfo.retry}`).digest();
    await provide({ ...extraHTTPHeaders, "x-forwarded-for": `10.${a}.${b}.${(c! % 254) + 1}` });
  },
});
