import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { createClient } from "redis";
import { afterAll } from "vitest";
import { type CacheRuntime, createCacheRuntime } from "@/lib/cache";

/**
 * The page caches a suite runs on, for describe.each: in memory always, and on Redis when
 * REDIS_URL is set, under a key prefix private to this run that is deleted afterwards.
 * `make()` gives a new runtime each call: two made from one Redis entry are two instances of
 * the store sharing their cache. Call it at the top of a test file (it registers an afterAll).
 */
export function cacheRuntimesUnderTest(suite: string): [name: string, make: () => CacheRuntime, enabled: boolean][] {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) console.log(`[${suite}] Redis cache skipped: REDIS_URL is not set`);
  const prefix = `test:${randomBytes(6).toString("hex")}:cache:`;
  const made: CacheRuntime[] = [];
  const make = (url?: string) => () => {
    const runtime = createCacheRuntime({ redisUrl: url, prefix });
    made.push(runtime);
    return runtime;
  };
  afterAll(async () => {
    await Promise.all(made.map((r) => r.close()));
    if (!redisUrl) return;
    const admin = createClient({ url: redisUrl });
    await admin.connect();
    for await (const keys of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) if (keys.length > 0) await admin.del(keys);
    await admin.close();
  });
  return [
    ["memory", make(), true],
    ["redis", make(redisUrl), !!redisUrl],
  ];
}

/** A redis-server of the test's own on a free port, which the test may stop and pause. */
export async function startOwnRedis(): Promise<{ url: string; pause(ms: number): Promise<void>; stop(): Promise<void> }> {
  const port = await new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
  const child: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  const admin = createClient({ url, socket: { reconnectStrategy: 50 } });
  admin.on("error", () => {});
  for (let i = 0; i < 100 && !admin.isReady; i++) {
    await admin.connect().catch(() => new Promise((resolve) => setTimeout(resolve, 50)));
  }
  return {
    url,
    // Every client's commands wait while paused: what a Redis that accepts but does not answer looks like.
    pause: async (ms) => void (await admin.sendCommand(["CLIENT", "PAUSE", String(ms), "ALL"])),
    stop: async () => {
      admin.destroy();
      child.kill("SIGKILL");
    },
  };
}
