/**
 * Redis did not answer in time, refused the connection, or its breaker is open. Its own
 * module so the Upstash (REST) store can throw it without loading node-redis.
 */
export class RedisUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "RedisUnavailableError";
  }
}
