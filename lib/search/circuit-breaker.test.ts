import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createCircuitBreaker } from "./circuit-breaker";

// The breaker reads the clock through Date.now (cockatiel): only Date is faked, so the
// promises below settle as usual.
beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: 0 }));
afterEach(() => vi.useRealTimers());

let count = 0;
function setup() {
  const log = { warn: vi.fn(), info: vi.fn() };
  const breaker = createCircuitBreaker({
    name: `search-test-${++count}`,
    primary: "Meilisearch",
    fallback: "Postgres",
    cooldownMs: 30_000,
    log,
  });
  return { breaker, log, advance: (ms: number) => vi.setSystemTime(Date.now() + ms) };
}

const ok = (value: string) => () => Promise.resolve(value);
const down = () => Promise.reject(new Error("connect ECONNREFUSED"));
/** The message of a pino call: `log.warn(fields, message)`. */
const message = (call: unknown[] | undefined) => String(call?.[1]);

describe("circuit breaker", () => {
  it("uses the primary while it works", async () => {
    const { breaker, log } = setup();
    expect(await breaker.run(ok("primary"), ok("fallback"))).toBe("primary");
    expect(breaker.state()).toBe("closed");
    expect(log.warn).not.toHaveBeenCalled();
  });

  it("falls back on a failure, stays there for the cool-down, logging once", async () => {
    const { breaker, log, advance } = setup();
    expect(await breaker.run(down, ok("fallback"))).toBe("fallback");
    expect(breaker.state()).toBe("open");
    const primary = vi.fn(ok("primary"));
    advance(29_000);
    expect(await breaker.run(primary, ok("fallback"))).toBe("fallback");
    expect(await breaker.run(primary, ok("fallback"))).toBe("fallback");
    expect(primary).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(message(log.warn.mock.calls[0])).toMatch(
      /Meilisearch failed \(connect ECONNREFUSED\); using Postgres for 30s/,
    );
  });

  it("tries the primary again after the cool-down and closes when it answers", async () => {
    const { breaker, log, advance } = setup();
    await breaker.run(down, ok("fallback"));
    advance(30_000);
    const primary = vi.fn(ok("primary"));
    expect(await breaker.run(primary, ok("fallback"))).toBe("primary");
    expect(primary).toHaveBeenCalledTimes(1);
    expect(breaker.state()).toBe("closed");
    expect(message(log.info.mock.calls[0])).toMatch(/answers again/);
  });

  it("re-opens when the half-open trial fails, and sends others to the fallback during the trial", async () => {
    const { breaker, log, advance } = setup();
    await breaker.run(down, ok("fallback"));
    advance(30_000);
    let release!: () => void;
    const slow = () => new Promise<string>((_, reject) => (release = () => reject(new Error("timeout"))));
    const trial = breaker.run(slow, ok("fallback"));
    expect(breaker.state()).toBe("half-open");
    const other = vi.fn(ok("primary"));
    expect(await breaker.run(other, ok("fallback"))).toBe("fallback");
    expect(other).not.toHaveBeenCalled();
    release();
    expect(await trial).toBe("fallback");
    expect(breaker.state()).toBe("open");
    expect(message(log.warn.mock.calls[1])).toMatch(/still failing \(timeout\); staying on Postgres for 30s/);
  });

  it("lets a fallback failure through: there is nothing left to fall back to", async () => {
    const { breaker } = setup();
    await expect(breaker.run(down, () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
  });
});
