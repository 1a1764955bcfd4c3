import { readFileSync } from "node:fs";
import path from "node:path";

// next.config `cacheHandler`: Next's incremental cache (rendered pages and route responses).
// Next imports this file itself, outside the app's bundle, so it only forwards to the handler
// the server installed on globalThis at start (lib/cache/index.ts). Until then (while `next
// build` prerenders) nothing is cached. Keys get the build's id in front: a page rendered by
// one build names that build's scripts and must never be served by another.

const RUNTIME = Symbol.for("storefront.cache");
const installed = () => /** @type {any} */ (globalThis)[RUNTIME]?.pages;

/** @type {Map<string, string>} */
const buildIds = new Map();

/** @param {string | undefined} serverDistDir */
function buildIdOf(serverDistDir) {
  if (!serverDistDir) return "";
  let id = buildIds.get(serverDistDir);
  if (id === undefined) {
    try {
      id = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    } catch {
      id = "";
    }
    buildIds.set(serverDistDir, id);
  }
  return id;
}

export default class PageCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    this.prefix = `${buildIdOf(ctx.serverDistDir)}:`;
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    return (await installed()?.get(this.prefix + key, ctx)) ?? null;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    await installed()?.set(this.prefix + key, data, ctx);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await installed()?.revalidateTag(tags);
  }

  resetRequestCache() {}
}
