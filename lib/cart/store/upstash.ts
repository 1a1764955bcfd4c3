import { Redis } from "@upstash/redis";
import type { RedisScriptClient } from "./redis-store";

/** Redis over Upstash's REST API, for serverless hosts (Vercel) that cannot keep a TCP pool. */
export function connectUpstash(url: string, token: string): RedisScriptClient {
  const redis = new Redis({
    url,
    token,
    // The cart store parses replies itself; the default would turn "12" into 12 and
    // JSON-looking strings into objects.
    automaticDeserialization: false,
    // Each script is one atomic request already; batching them into pipelines buys nothing.
    enableAutoPipelining: false,
    enableTelemetry: false,
  });
  return {
    evalsha: (sha, keys, args) => redis.evalsha(sha, keys, args),
    eval: (script, keys, args) => redis.eval(script, keys, args),
  };
}
