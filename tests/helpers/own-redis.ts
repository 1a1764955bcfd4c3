import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { createClient } from "redis";

export type OwnRedis = {
  url: string;
  /** Every client's commands wait for `ms` (CLIENT PAUSE): a Redis that accepts but does not answer. */
  pause(ms: number): Promise<void>;
  /** SIGSTOP: the process answers nothing (connections are still accepted by the kernel) until `thaw`. */
  freeze(): void;
  thaw(): void;
  /** Kills the server (SIGKILL): connections are refused until `restart`. */
  stop(): Promise<void>;
  /** A fresh, empty server on the same port. */
  restart(): Promise<void>;
  /** How many keys the server holds now. */
  keyCount(): Promise<number>;
  /** CONFIG SET, e.g. `maxmemory 1`: every write is then refused with an OOM reply. */
  configSet(name: string, value: string): Promise<void>;
  /** How many EVAL and EVALSHA calls reached the server, refused ones included. */
  scriptCalls(): Promise<number>;
};

// INFO commandstats lines: "cmdstat_evalsha:calls=3,usec=…,rejected_calls=1,failed_calls=0".
function countScriptCalls(info: string): number {
  let total = 0;
  for (const [, stats] of info.matchAll(/^cmdstat_(?:eval|evalsha):(.*)$/gm)) {
    const fields = new Map(stats!.split(",").map((pair) => pair.split("=") as [string, string]));
    total += Number(fields.get("calls") ?? 0) + Number(fields.get("rejected_calls") ?? 0);
  }
  return total;
}

async function freePort(): Promise<number> {
  return new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function connectAdmin(url: string) {
  const admin = createClient({ url, socket: { reconnectStrategy: 50 } });
  admin.on("error", () => {});
  for (let i = 0; i < 100 && !admin.isReady; i++) {
    await admin.connect().catch(() => new Promise((resolve) => setTimeout(resolve, 50)));
  }
  return admin;
}

/** A redis-server of the test's own on a free port, which the test may stop, pause, freeze and restart. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  const spawnServer = (): ChildProcess =>
    spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
  let child = spawnServer();
  let admin = await connectAdmin(url);
  let running = true;
  return {
    url,
    pause: async (ms) => void (await admin.sendCommand(["CLIENT", "PAUSE", String(ms), "ALL"])),
    freeze: () => void child.kill("SIGSTOP"),
    thaw: () => void child.kill("SIGCONT"),
    stop: async () => {
      if (!running) return;
      running = false;
      admin.destroy();
      const exited = once(child, "exit");
      child.kill("SIGKILL");
      await exited;
    },
    restart: async () => {
      child = spawnServer();
      running = true;
      admin = await connectAdmin(url);
    },
    keyCount: () => admin.dbSize(),
    configSet: async (name, value) => void (await admin.configSet(name, value)),
    scriptCalls: async () => countScriptCalls(await admin.info("commandstats")),
  };
}
