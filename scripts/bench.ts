import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { runScript } from "./run-script";

// `npm run bench [name…]`: runs every benchmark in scripts/bench/ (or the named ones), each
// in a process of its own so each can set up its own temporary database and env. A bench
// is a script that prints its figures and exits non-zero on failure. Figures, not pass/fail.
//
// Read modules start with `import "server-only"`, which throws outside Next's server build;
// a module hook (below) resolves that one package to an empty module for the bench process.

const benchDir = path.join(import.meta.dirname, "bench");

const serverOnlyHook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
const registerHook = `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(serverOnlyHook)}`)});`;

function runBench(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", `data:text/javascript,${encodeURIComponent(registerHook)}`, "--import", "tsx", file],
      {
        stdio: "inherit",
        env: process.env,
      },
    );
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

runScript(async () => {
  const wanted = process.argv.slice(2);
  const benches = (await readdir(benchDir))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => ({ name: path.basename(file, ".ts"), file: path.join(benchDir, file) }))
    .filter((bench) => wanted.length === 0 || wanted.includes(bench.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (benches.length === 0) throw new Error(`No benchmark matches ${wanted.join(", ")} in scripts/bench/`);

  const failed: string[] = [];
  for (const bench of benches) {
    console.log(`\n━━ bench: ${bench.name} ━━`);
    if ((await runBench(bench.file)) !== 0) failed.push(bench.name);
  }
  if (failed.length > 0) throw new Error(`Benchmarks failed: ${failed.join(", ")}`);
});
