import { readFileSync } from "node:fs";
import path from "node:path";
import { securityHeaderRoutes } from "./lib/security/headers.mjs";

// The embedded default keeps a generated server-actions key in DATA_DIR/secrets.json
// (lib/auth/secrets.ts, written at the first start). Builds after that use it, so a rebuild
// does not change the key that encrypts server actions' bound values. Production sets
// NEXT_SERVER_ACTIONS_ENCRYPTION_KEY itself, shared by every instance (docs/architecture.md, scale-out).
if (!process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY && !process.env.DATABASE_URL) {
  try {
    const file = path.join(process.env.DATA_DIR || ".data", "secrets.json");
    const key = JSON.parse(readFileSync(file, "utf8")).serverActionsKey;
    if (typeof key === "string" && key.length >= 32) process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = key;
  } catch {
    // First build on a fresh checkout: no secrets yet, Next generates a key per build.
  }
}

/** @param {string | undefined} base */
function mediaCdnPatterns(base) {
  if (!base) return [];
  const url = new URL(base);
  const pathname = `${url.pathname.replace(/\/$/, "")}/**`;
  return [
    {
      protocol: /** @type {"http" | "https"} */ (url.protocol.slice(0, -1)),
      hostname: url.hostname,
      port: url.port,
      pathname,
    },
  ];
}

// Pages and "use cache" results go through the store's own handlers (lib/cache): one cache in
// process on the embedded default, one in Redis shared by every instance with REDIS_URL, and
// either one can expire tags outside a request. Vercel serves pages from its own cache.
const cacheHandlers = process.env.VERCEL
  ? {}
  : {
      cacheHandler: path.resolve("lib/cache/next/pages.mjs"),
      cacheHandlers: { default: path.resolve("lib/cache/next/use-cache.mjs") },
      cacheMaxMemorySize: 0,
    };

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two builds of one checkout run side by side (e2e runs on different ports).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  // PGlite ships a WASM build of Postgres and its extension bundles; bundling them breaks
  // every request after a clean build, so Next must load them from node_modules.
  serverExternalPackages: ["@electric-sql/pglite"],
  // A self-contained server (`node .next/standalone/server.js`) with only the files it needs: what
  // the container image ships (Dockerfile) and what the e2e suite runs. The migrations are read at
  // start, from the folder beside it (db/client.ts).
  output: "standalone",
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
  // Security headers and the catalog pages' Content-Security-Policy on every response; proxy.ts
  // replaces the policy with a nonce policy on the pages rendered per request (lib/security).
  async headers() {
    return securityHeaderRoutes(process.env);
  },
  // A product page with ?variant= is a page of its own (cached per variant); the same URL
  // keeps working without JavaScript and in shared links.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/products/:slug",
          has: [{ type: "query", key: "variant", value: "(?<variant>[A-Za-z0-9._-]{1,64})" }],
          destination: "/products/:slug/variant/:variant",
        },
        // A search for words alone is a cached page of its own, reached without proxy.ts
        // (which handles searches with filters, a sort or a page, and words with characters
        // that cannot travel in a path segment as they are: proxy.ts's matcher lists them).
        {
          source: "/search",
          has: [{ type: "query", key: "q", value: "(?<q>[^%/\\\\?#]{1,200})" }],
          destination: "/search/for/:q",
        },
      ],
    };
  },
  // Catalog pages are cached whole and served until a write expires a tag they carry.
  // Without partial prefetching an unknown product is a blocking render, so it gets a real 404.
  cacheComponents: true,
  partialPrefetching: false,
  ...cacheHandlers,
  // The time limits only bound how stale a page gets after a change made outside the store
  // (a seed, psql); the store's own writes expire tags at once (lib/cache).
  cacheLife: { catalog: { stale: 30, revalidate: 600, expire: 86400 } },
  // Admin image uploads allow 5 MB (lib/admin); the default server-action body limit is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  images: {
    formats: ["image/avif", "image/webp"],
    // Fewer widths than Next's ten: every <img> lists each one in its srcset, twice more in the
    // page's payload, and product photos are 800 px wide (db/seed) or little more.
    deviceSizes: [640, 828, 1080],
    imageSizes: [128, 256, 384],
    localPatterns: [{ pathname: "/media/**" }, { pathname: "/**" }],
    // Product images on a CDN in front of the S3 bucket (lib/storage, S3_PUBLIC_URL).
    remotePatterns: mediaCdnPatterns(process.env.S3_PUBLIC_URL),
  },
};

export default nextConfig;
