import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

// The built store (`next start`) in a process group of its own, for benches that drive it
// over HTTP. It builds nothing: a bench that needs a server says so when there is no build.

export type StoreServer = {
  url: string;
  /** User + system CPU time the server has used so far, in ms (Linux /proc). */
  cpuMs(): number;
  stop(): Promise<void>;
};

const root = path.join(import.meta.dirname, "..", "..", "..");

export function assertBuilt(distDir = process.env.NEXT_DIST_DIR || ".next"): void {
  if (!existsSync(path.join(root, distDir, "BUILD_ID"))) {
    throw new Error(
      `No production build in ${distDir}/: run \`npm run build\` first (the bench measures a build, it does not make one)`,
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startStore(env: Record<string, string>, { port }: { port: number }): Promise<StoreServer> {
  const url = `http://localhost:${port}`;
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: root,
      env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
      detached: true, // its own process group, so stop() ends whatever it starts
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split("\n").filter(Boolean).slice(-50));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const server: StoreServer = { url, cpuMs: () => cpuMsOf(child.pid!), stop: () => stop(child) };
  try {
    await waitForHealth(url, child);
  } catch (error) {
    await server.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n  ${output.slice(-15).join("\n  ")}`);
  }
  return server;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The store exited with code ${child.exitCode} while starting`);
    try {
      if ((await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The store did not answer ${url}/api/health within 60 s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => signal(child.pid!, "SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    signal(child.pid!, "SIGTERM");
  });
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(-pid, name);
  } catch {
    // already gone
  }
}

function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime, stime, and the same for waited-for children, in 1/100 s.
  return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 10;
}
