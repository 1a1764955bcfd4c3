import { createClient } from "redis";
import type { RedisScriptClient } from "./redis-store";

export type RedisTcpConnection = RedisScriptClient & { close(): Promise<void> };

/**
 * A node-redis connection for Node hosts (REDIS_URL). It connects on first use and
 * reconnects by itself; while Redis is down, commands fail (and the page shows its error
 * boundary) instead of queueing forever.
 */
export function connectRedisTcp(url: string): RedisTcpConnection {
  const client = createClient({ url, disableOfflineQueue: true });
  // Without a listener node-redis rethrows connection errors and takes the process down.
  client.on("error", (error: unknown) => {
    console.error(`[cart] Redis: ${error instanceof Error ? error.message : String(error)}`);
  });
  let connecting: Promise<unknown> | undefined;
  const ready = async () => {
    connecting ??= client.connect();
    await connecting;
    return client;
  };
  const send = async (args: string[]) => (await ready()).sendCommand(args);

  return {
    evalsha: (sha, keys, args) => send(["EVALSHA", sha, String(keys.length), ...keys, ...args]),
    eval: (script, keys, args) => send(["EVAL", script, String(keys.length), ...keys, ...args]),
    async close() {
      if (connecting) await client.close();
    },
  };
}
