// next.config `cacheHandlers.default`: the "use cache" handler. Next imports this file itself,
// outside the app's bundle, so it only forwards to the handler the server installed on
// globalThis at start (lib/cache/index.ts). Until then (while `next build` prerenders, whose
// output the server never serves) nothing is cached.

const RUNTIME = Symbol.for("storefront.cache");

/** @returns {import("next/cache").CacheHandler | undefined} */
const installed = () => /** @type {any} */ (globalThis)[RUNTIME]?.useCache;

/** @type {import("next/cache").CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    return installed()?.get(cacheKey, softTags);
  },
  async set(cacheKey, pendingEntry) {
    const target = installed();
    if (target) return target.set(cacheKey, pendingEntry);
    await (await pendingEntry).value.cancel();
  },
  async refreshTags() {
    await installed()?.refreshTags();
  },
  async getExpiration(tags) {
    return (await installed()?.getExpiration(tags)) ?? 0;
  },
  async updateTags(tags, durations) {
    await installed()?.updateTags(tags, durations);
  },
};

export default handler;
