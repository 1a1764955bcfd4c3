import { afterEach, describe, expect, it, vi } from "vitest";
import { throttledLog } from "./throttled-log";

afterEach(() => vi.useRealTimers());

describe("throttledLog", () => {
  it("writes the first line, drops the ones within the next minute, and writes again after it", () => {
    vi.useFakeTimers({ now: 0 });
    const lines: string[] = [];
    const log = throttledLog((line) => lines.push(line));
    log("down");
    vi.advanceTimersByTime(59_999);
    log("still down");
    vi.advanceTimersByTime(1);
    log("down again");
    expect(lines).toEqual(["down", "down again"]);
  });
});
