import { createClient, ErrorReply } from "redis";
import { CircuitState } from "cockatiel";
import { type Breaker, breaker, forgetBreaker, isBreakerRefusal, throughBreaker } from "@/lib/breakers";
import { isRequestError } from "./error-reply";
import { logError, throttledLog } from "./throttled-log";
import { RedisUnavailableError } from "./unavailable";
import { SpanKind, type SpanOptions, withSpan } from "@/lib/telemetry";

// One node-redis connection that never holds a request: the page cache, the carts and the
// rate limits each get one (docs/architecture.md, "Redis trouble"). A call answers or throws
// RedisUnavailableError within the connect timeout plus the command timeout, and after a
// failure the breaker (a named one of lib/breakers: "redis:cart@host:port") refuses at once
// for `coolDownMs`, so an outage costs one request one timeout rather than every request.
// Recovery needs no restart: the first call after the cool-down is the one trial, and it
// reopens the connection.

function createNodeRedisClient(url: string, connectTimeoutMs: number, commandTimeoutMs: number) {
  return createClient({
    url,
    // While disconnected a command fails at once instead of waiting in a queue.
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5_000),
    },
  });
}

export type RedisClient = ReturnType<typeof createNodeRedisClient>;

// node-redis's own command timeout stops counting once a command is written: a Redis that
// accepts connections but does not answer (paused, or a black-holed network) would hold the
// request for ever. So every call races its own timer.
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnavailableError(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type GuardedRedis = {
  /** The connection itself, for libraries that take a client (it may be closed: use `call`). */
  readonly client: RedisClient;
  /** Runs `command` against a ready connection, or throws RedisUnavailableError. */
  call<T>(command: (client: RedisClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type GuardedRedisOptions = {
  /** Who is talking, for the log line: "cache", "cart", "rate-limit". */
  name: string;
  /** What the store does meanwhile, for the log line. */
  whileDown: string;
  connectTimeoutMs?: number;
  commandTimeoutMs?: number;
  coolDownMs?: number;
  /** Runs before the first call that succeeds after a failure (the cache's epoch bump). */
  onRecovered?: (client: RedisClient) => Promise<void>;
  log?: (line: string) => void;
};

const redisSpan: SpanOptions = { kind: SpanKind.CLIENT, attributes: { "db.system.name": "redis" } };

export function connectGuardedRedis(url: string, options: GuardedRedisOptions): GuardedRedis {
  const {
    name,
    whileDown,
    connectTimeoutMs = 1_000,
    commandTimeoutMs = 1_000,
    coolDownMs = 1_000,
    onRecovered,
    log = logError,
  } = options;
  const client = createNodeRedisClient(url, connectTimeoutMs, commandTimeoutMs);
  // One breaker per role and server; its name has no credentials (host and port only).
  const breakerName = `redis:${name}@${new URL(url).host}`;
  const policy = breaker(breakerName, {
    halfOpenAfterMs: coolDownMs,
    // An error reply about the request is Redis answering (lib/redis/error-reply.ts).
    isFailure: (error) => !(error instanceof ErrorReply && isRequestError(error.message)),
  });
  // Without a listener node-redis rethrows connection errors and takes the process down.
  // A connection lost between calls opens the breaker too, as a failed call would.
  client.on("error", (error: unknown) => {
    report(error);
    recordFailure(policy, error);
  });
  let failing = false;
  // Reconnect attempts and every refused call repeat the same error: one line a minute.
  const logFailure = throttledLog(log);

  function report(error: unknown) {
    failing = true;
    logFailure(
      `[${name}] Redis: ${error instanceof Error ? error.message : String(error)}; ${whileDown} until it answers`,
    );
  }

  // Waiters share one wait for the connection (the first one or a reconnect): until it is
  // ready, fails (a refused connection fails at once) or connectTimeoutMs has passed.
  let waiting: Promise<void> | undefined;
  function untilReady(): Promise<void> {
    return (waiting ??= new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        client.off("ready", done).off("error", done);
        waiting = undefined;
        resolve();
      };
      const timer = setTimeout(done, connectTimeoutMs);
      client.on("ready", done).on("error", done);
    }));
  }

  async function ready(): Promise<void> {
    if (client.isReady) return;
    if (!client.isOpen) client.connect().catch(report);
    await untilReady();
    if (!client.isReady) throw new RedisUnavailableError(`Redis is not reachable within ${connectTimeoutMs} ms`);
  }

  return {
    client,
    async call(command) {
      try {
        return await withSpan(`redis ${options.name}`, redisSpan, () =>
          throughBreaker(policy, async () => {
            await ready();
            if (failing) {
              if (onRecovered) await withTimeout(onRecovered(client), commandTimeoutMs);
              failing = false;
            }
            return await withTimeout(command(client), commandTimeoutMs);
          }),
        );
      } catch (error) {
        if (isBreakerRefusal(error)) throw new RedisUnavailableError("Redis failed moments ago; not trying again yet");
        // An error reply about the request (NOSCRIPT, a script's error) is Redis answering: the
        // breaker stays closed, but a write may have been lost meanwhile. Any other (LOADING,
        // OOM, READONLY) opens it, like a timeout; the connection itself is fine and is kept.
        if (error instanceof ErrorReply) {
          failing = true;
          if (isRequestError(error.message)) throw error;
          report(error);
          throw new RedisUnavailableError(failureMessage(error), { cause: error });
        }
        report(error);
        // A connection that left a command unanswered may be dead (a black-holed network), and
        // one still retrying in the background helps nobody: drop it, and the trial after the
        // cool-down opens a fresh one.
        if (client.isOpen) client.destroy();
        throw error instanceof RedisUnavailableError
          ? error
          : new RedisUnavailableError(failureMessage(error), { cause: error });
      }
    },
    async close() {
      forgetBreaker(breakerName, policy);
      if (client.isReady) await client.close();
      else if (client.isOpen) client.destroy(); // still reconnecting: nothing to flush
    },
  };
}

/**
 * Counts a failure seen outside a call (the connection dropped while idle) against a closed
 * breaker. Cockatiel has no "trip" of its own, so the failure runs through it as a call.
 */
function recordFailure(policy: Breaker, error: unknown): void {
  if (policy.state !== CircuitState.Closed) return;
  policy.execute(() => Promise.reject(error)).catch(() => {});
}

const failureMessage = (error: unknown) => `Redis failed: ${error instanceof Error ? error.message : String(error)}`;
