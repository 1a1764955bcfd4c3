import { createClient } from "redis";
import type { RedisScriptClient } from "./redis-store";

export type RedisTcpConnection = RedisScriptClient & { close(): Promise<void> };

/**
 * A node-redis connection for Node hosts (REDIS_URL). It connects on first use and keeps
 * reconnecting in the background. While Redis is unreachable a cart call fails within
 * `readyTimeoutMs` (the page shows its error boundary) instead of hanging the request.
 */
export function connectRedisTcp(url: string, { readyTimeoutMs = 2_000 } = {}): RedisTcpConnection {
  const client = createClient({ url, disableOfflineQueue: true });
  let lastLogged = 0;
  // Without a listener node-redis rethrows connection errors and takes the process down.
  // Reconnect attempts repeat the same error; log it at most once a minute.
  client.on("error", (error: unknown) => {
    if (Date.now() - lastLogged < 60_000) return;
    lastLogged = Date.now();
    console.error(`[cart] Redis: ${error instanceof Error ? error.message : String(error)}`);
  });

  function ready(): Promise<void> {
    if (client.isReady) return Promise.resolve();
    if (!client.isOpen) client.connect().catch(() => {}); // failures arrive as "error" events
    return new Promise((resolve, reject) => {
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        client.off("ready", onReady);
        reject(new Error("Redis (REDIS_URL) is not reachable"));
      }, readyTimeoutMs);
      client.once("ready", onReady);
    });
  }

  const send = async (args: string[]) => {
    await ready();
    return client.sendCommand(args);
  };

  return {
    evalsha: (sha, keys, args) => send(["EVALSHA", sha, String(keys.length), ...keys, ...args]),
    eval: (script, keys, args) => send(["EVAL", script, String(keys.length), ...keys, ...args]),
    async close() {
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy(); // still reconnecting: nothing to flush
    },
  };
}
