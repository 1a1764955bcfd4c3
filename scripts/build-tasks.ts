import path from "node:path";
import { build } from "esbuild";

// The one-off tasks (migrate, seed, create an admin, reindex search) as single files beside the
// standalone server, so the container image that runs the store runs them too, with no tsx and
// no full node_modules: `node tasks/migrate.mjs` in the image (Dockerfile). Run after `next build`.
// Packages with native or WASM files stay outside the bundle; the standalone output already
// ships them, because the server needs them too.

const root = path.join(import.meta.dirname, "..");
const tasks = ["migrate", "seed", "create-admin", "search-reindex"];

await build({
  absWorkingDir: root,
  entryPoints: tasks.map((task) => `scripts/${task}.ts`),
  outdir: path.join(process.env.NEXT_DIST_DIR || ".next", "standalone", "tasks"),
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // `server-only` reads as empty under this condition, as in the server's own bundle.
  conditions: ["react-server"],
  external: ["@electric-sql/pglite", "sharp", "@node-rs/argon2"],
  // Bundled CommonJS packages still call require() for Node's own modules.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: "warning",
});
console.log(`Built ${tasks.map((task) => `tasks/${task}.mjs`).join(", ")} into the standalone output.`);
