import { afterAll, describe, expect, it } from "vitest";
import { createCacheRuntime } from "@/lib/cache";
import type { PageValue } from "@/lib/cache/page-cache-handler";
import { cacheRuntimesUnderTest, startOwnRedis } from "./helpers/cache-runtimes";

// The page and data cache's contract (lib/cache), on every store that can run here: in
// memory, and on Redis as several instances of the store share it. What a shopper would see
// go wrong if it broke: a page or a price that stays after the write that changed it.

const page = (tags: string[], html = "<p>page</p>"): PageValue => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc payload"),
  status: 200,
  postponed: undefined,
  headers: { "x-next-cache-tags": tags.join(",") },
  segmentData: new Map([["/_tree", Buffer.from("tree")]]),
});

const cacheControl = { revalidate: 600, expire: 86400 };

function useCacheEntry(value: string, tags: string[], timestamp = Date.now(), expire = Infinity) {
  const bytes = new TextEncoder().encode(value);
  return {
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    }),
    tags,
    stale: 30,
    timestamp,
    expire,
    revalidate: 600,
  };
}

const text = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();
const key = () => `k${Math.random().toString(36).slice(2)}`;
const tag = (name: string) => `${name}-${Math.random().toString(36).slice(2)}`;

describe.each(cacheRuntimesUnderTest("cache contract"))("%s cache", (_name, make, enabled) => {
  describe.skipIf(!enabled)("", () => {
    it("serves a stored page until one of its tags expires, then renders it again", async () => {
      const cache = make();
      const product = tag("product");
      const k = key();
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).toBeNull();
      await cache.pages.set(k, page([product, "products"]), { cacheControl });
      const hit = await cache.pages.get(k, { kind: "APP_PAGE" });
      expect(hit?.value).toMatchObject({ kind: "APP_PAGE", html: "<p>page</p>", status: 200 });
      expect(hit?.value.kind === "APP_PAGE" && hit.value.rscData?.toString()).toBe("rsc payload");
      expect(hit?.value.kind === "APP_PAGE" && hit.value.segmentData?.get("/_tree")?.toString()).toBe("tree");
      expect(hit?.cacheControl).toEqual(cacheControl);

      await cache.tags.expire([tag("other")]);
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).not.toBeNull();
      await cache.tags.expire([product]);
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).toBeNull();
    });

    it("dates a page from when its render began, so a tag expired during the render still counts", async () => {
      const cache = make();
      const product = tag("product");
      const k = key();
      // Next asks, misses and starts rendering (reading the old stock)…
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 5));
      // …the stock changes meanwhile…
      await cache.tags.expire([product]);
      await new Promise((resolve) => setTimeout(resolve, 5));
      // …and the finished, already stale page is stored: it must not be served.
      await cache.pages.set(k, page([product]), { cacheControl });
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).toBeNull();
      await cache.pages.set(k, page([product]), { cacheControl });
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).not.toBeNull();
    });

    it("keeps pages and route responses only, not fetch results", async () => {
      const cache = make();
      const k = key();
      await cache.pages.set(k, { kind: "FETCH" }, {});
      expect(await cache.pages.get(k, { kind: "FETCH" })).toBeNull();
    });

    it('serves a "use cache" result until its own or the route\'s soft tags expire', async () => {
      const cache = make();
      const [own, soft] = [tag("product"), tag("_N_T_/products/x")];
      const k = key();
      await cache.useCache.set(k, Promise.resolve(useCacheEntry("stock: 3", [own])));
      const hit = await cache.useCache.get(k, [soft]);
      expect(hit && (await text(hit.value))).toBe("stock: 3");
      expect(hit?.expire).toBe(Infinity);
      await cache.tags.expire([soft]);
      expect(await cache.useCache.get(k, [soft])).toBeUndefined();
      expect(await cache.useCache.getExpiration([soft])).toBeGreaterThan(0);

      const k2 = key();
      await cache.useCache.set(k2, Promise.resolve(useCacheEntry("stock: 2", [own])));
      await cache.useCache.updateTags([own]);
      expect(await cache.useCache.get(k2, [])).toBeUndefined();
    });

    it("does not store a result computed before an expiry of its tags", async () => {
      const cache = make();
      const own = tag("product");
      const k = key();
      const startedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, 5));
      await cache.tags.expire([own]);
      await cache.useCache.set(k, Promise.resolve(useCacheEntry("stale", [own], startedAt)));
      expect(await cache.useCache.get(k, [])).toBeUndefined();
    });

    it("answers a read of a key being written with the written entry", async () => {
      const cache = make();
      const k = key();
      let finish: (entry: ReturnType<typeof useCacheEntry>) => void = () => {};
      const pending = new Promise<ReturnType<typeof useCacheEntry>>((resolve) => (finish = resolve));
      const writing = cache.useCache.set(k, pending);
      const reading = cache.useCache.get(k, []);
      finish(useCacheEntry("fresh", []));
      await writing;
      const hit = await reading;
      expect(hit && (await text(hit.value))).toBe("fresh");
    });
  });
});

describe.skipIf(!process.env.REDIS_URL)("two instances on one Redis", () => {
  const [, make] = cacheRuntimesUnderTest("two instances").find(([name]) => name === "redis")!;

  it("see each other's pages and expiries at once", async () => {
    const [a, b] = [make(), make()];
    const product = tag("product");
    const k = key();
    await a.pages.set(k, page([product], "<p>rendered on A</p>"), { cacheControl });
    // B serves what A rendered (and keeps a copy in its own memory)…
    expect((await b.pages.get(k, { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "<p>rendered on A</p>" });
    // …until A expires a tag: B's copy is checked against the shared expiries on every read.
    await a.tags.expire([product]);
    expect(await b.pages.get(k, { kind: "APP_PAGE" })).toBeNull();
  });
});

describe("a Redis that stops answering", () => {
  const own = startOwnRedis();
  afterAll(async () => (await own).stop());

  it("serves nothing from the cache while it is paused, within the command timeout, and recovers by itself", async () => {
    const redis = await own;
    const cache = createCacheRuntime({ redisUrl: redis.url, prefix: "paused:" });
    try {
      const product = tag("product");
      const k = key();
      await cache.pages.set(k, page([product]), { cacheControl });
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).not.toBeNull();

      expect(await cache.redisAnswers()).toBe(true);
      await redis.pause(2_500);
      const started = Date.now();
      expect(await cache.redisAnswers()).toBe(false);
      // A page cannot be vouched for (its tags cannot be read): it is rendered from the database.
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).toBeNull();
      expect(Date.now() - started).toBeLessThan(1_500);
      // An expiry while Redis is away cannot be written down…
      await cache.tags.expire([product]);
      await new Promise((resolve) => setTimeout(resolve, 3_000));

      // …so once Redis answers again, nothing cached before the outage is served.
      await expect.poll(async () => cache.tags.lastExpired([]), { timeout: 5_000 }).toBeGreaterThan(started);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).toBeNull();
      await cache.pages.set(k, page([product]), { cacheControl });
      expect(await cache.pages.get(k, { kind: "APP_PAGE" })).not.toBeNull();
    } finally {
      await cache.close();
    }
  }, 20_000);
});
