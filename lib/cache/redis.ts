import { createClient } from "redis";

// node-redis's own command timeout stops counting once a command is written: a Redis that
// accepts connections but does not answer would hold a request for ever. So every call here
// races its own timer.
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function createCacheClient(url: string, connectTimeoutMs: number, commandTimeoutMs: number) {
  return createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000) },
  });
}

export type RedisClient = ReturnType<typeof createCacheClient>;

/**
 * The cache's Redis connection. The cache is an optimisation: when Redis is down, slow or
 * refusing, a call answers `undefined` at once (no queueing, short timeouts, and a breaker
 * that stops trying for `coolDownMs` after a failure), and the store renders from the
 * database instead. The first call that succeeds after a failure runs `onRecovered` first,
 * which lets the tag store make up for expiries it could not record meanwhile.
 */
export type CacheRedis = {
  call<T>(command: (client: RedisClient) => Promise<T>): Promise<T | undefined>;
  close(): Promise<void>;
};

export type CacheRedisOptions = {
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  coolDownMs?: number;
  onRecovered?: (client: RedisClient) => Promise<void>;
  log?: (line: string) => void;
};

export function connectCacheRedis(url: string, options: CacheRedisOptions = {}): CacheRedis {
  const { connectTimeoutMs = 1_000, commandTimeoutMs = 500, coolDownMs = 1_000, onRecovered, log = console.error } = options;
  const client = createCacheClient(url, connectTimeoutMs, commandTimeoutMs);
  let lastLogged = 0;
  // Without a listener node-redis rethrows connection errors and takes the process down.
  client.on("error", (error: unknown) => report(error));
  let failedAt = 0;
  let failing = false;

  function report(error: unknown) {
    failing = true;
    failedAt = Date.now();
    if (failedAt - lastLogged < 60_000) return;
    lastLogged = failedAt;
    log(`[cache] Redis: ${error instanceof Error ? error.message : String(error)}; pages render from the database until it answers`);
  }

  let connecting: Promise<void> | undefined;
  const ready = async () => {
    if (client.isReady) return true;
    if (!client.isOpen) connecting = client.connect().then(() => undefined, report);
    // The first calls wait for the connection, at most connectTimeoutMs.
    await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, connectTimeoutMs).unref())]);
    return client.isReady;
  };

  return {
    async call(command) {
      if (Date.now() - failedAt < coolDownMs || !(await ready())) return undefined;
      try {
        if (failing) {
          if (onRecovered) await withTimeout(onRecovered(client), commandTimeoutMs);
          failing = false;
        }
        return await withTimeout(command(client), commandTimeoutMs);
      } catch (error) {
        report(error);
        return undefined;
      }
    },
    async close() {
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy();
    },
  };
}
