/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two builds of one checkout run side by side (e2e runs on different ports).
  ...(process.env.NEXT_DIST_DIR ? { distDir: process.env.NEXT_DIST_DIR } : {}),
  // PGlite ships a WASM build of Postgres and its extension bundles; bundling them breaks
  // every request after a clean build, so Next must load them from node_modules.
  serverExternalPackages: ["@electric-sql/pglite"],
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  poweredByHeader: false,
  // Admin image uploads allow 5 MB (lib/admin); the default server-action body limit is 1 MB.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  images: {
    formats: ["image/avif", "image/webp"],
    localPatterns: [{ pathname: "/media/**" }, { pathname: "/**" }],
  },
};

export default nextConfig;
