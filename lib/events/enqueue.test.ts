import { afterEach, describe, expect, it, vi } from "vitest";
import type { DbOrTx } from "@/db";
import { installDispatchKick } from "./dispatch-hook";
import { enqueueEvent } from "./enqueue";

// What after() was handed, run by the test as Next would once the response is sent.
const scheduled = vi.hoisted(() => [] as Array<() => unknown>);
vi.mock("next/server", () => ({ after: (task: () => unknown) => void scheduled.push(task) }));

// Just enough of a transaction for one insert … returning.
const written: unknown[] = [];
const tx = {
  insert: () => ({ values: (row: unknown) => ({ returning: async () => (written.push(row), [{ id: "evt-1" }]) }) }),
} as unknown as DbOrTx;

const passwordReset = [
  "auth/password-reset.requested",
  { email: "ada@example.com", requestedAt: "2026-01-02T03:04:05Z" },
] as const;

afterEach(() => {
  scheduled.length = 0;
  written.length = 0;
});

describe("enqueueEvent's dispatch after the response", () => {
  // In this order: a kick, once installed, stays for the process.
  it("writes the row and schedules nothing before a server has installed a kick (scripts, jobs)", async () => {
    await enqueueEvent(tx, ...passwordReset);
    expect(written).toHaveLength(1);
    expect(scheduled).toHaveLength(0);
  });

  it("runs the kick the server installed once the response is sent", async () => {
    const kick = vi.fn(async () => {});
    installDispatchKick(kick);
    await enqueueEvent(tx, ...passwordReset);
    expect(written).toHaveLength(1);
    expect(kick).not.toHaveBeenCalled();
    await Promise.all(scheduled.map((task) => task()));
    expect(kick).toHaveBeenCalledOnce();
  });
});
