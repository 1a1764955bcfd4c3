import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { breaker, breakerStates, forgetBreaker, throughBreaker } from "./index";

beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: 0 }));
afterEach(() => vi.useRealTimers());

const fail = () => Promise.reject(new Error("down"));
const state = (name: string) => breakerStates().find((b) => b.name === name)?.state;

it("makes a breaker once per name and lists it with its state", async () => {
  const first = breaker("registry-test", { halfOpenAfterMs: 1_000 });
  expect(breaker("registry-test", { halfOpenAfterMs: 5 })).toBe(first);
  expect(state("registry-test")).toBe("closed");
  await expect(throughBreaker(first, fail)).rejects.toThrow("down");
  expect(state("registry-test")).toBe("open");
  forgetBreaker("registry-test", first);
  expect(state("registry-test")).toBeUndefined();
});

it("opens after the given failures in a row, tells each switch once, and closes on a good trial", async () => {
  const switches: string[] = [];
  const policy = breaker("switch-test", {
    halfOpenAfterMs: 1_000,
    failures: 2,
    onSwitch: (change) => switches.push(change.to === "open" ? `open${change.trial ? " (trial)" : ""}` : "closed"),
  });
  await expect(throughBreaker(policy, fail)).rejects.toThrow("down");
  expect(state("switch-test")).toBe("closed");
  await expect(throughBreaker(policy, fail)).rejects.toThrow("down");
  await expect(throughBreaker(policy, fail)).rejects.toThrow(/Execution prevented/);
  vi.setSystemTime(1_000);
  await expect(throughBreaker(policy, fail)).rejects.toThrow("down");
  vi.setSystemTime(2_000);
  expect(await throughBreaker(policy, async () => "back")).toBe("back");
  expect(switches).toEqual(["open", "open (trial)", "closed"]);
});

it("lets errors that are not the dependency failing through without counting them", async () => {
  const policy = breaker("filter-test", { halfOpenAfterMs: 1_000, isFailure: (e) => !String(e).includes("NOSCRIPT") });
  await expect(throughBreaker(policy, () => Promise.reject(new Error("NOSCRIPT")))).rejects.toThrow("NOSCRIPT");
  expect(state("filter-test")).toBe("closed");
});
