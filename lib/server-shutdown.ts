import type { Server } from "node:http";
import { closeServerGracefully, type ServerClosing } from "@/lib/http";
import { log as logger } from "@/lib/log";

/**
 * Graceful shutdown of a server process (docs/architecture.md, "Shutdown"). Requests in
 * progress and the outbox event in hand get `timeoutMs` to finish while nothing new starts;
 * then the connections to Redis and the database close, within `closeBudgetMs`.
 */
export type ShutdownPlan = {
  timeoutMs: number;
  servers: Server[];
  /** Stops background work, letting what is in hand finish within the time given. */
  stopWork: (graceMs: number) => Promise<{ released: number }>;
  /** Closed once no request or delivery can use them any more. */
  closers: { name: string; close: () => Promise<void> }[];
  closeBudgetMs?: number;
  log?: (line: string) => void;
};

export type ShutdownReport = {
  /** Per server: every response finished, or the deadline cut what was left. */
  requests: ServerClosing[];
  /** Outbox rows whose delivery outlived the deadline, handed back as due. */
  released: number;
  /** Closers that failed or did not finish within the budget. */
  unclosed: string[];
};

export const CLOSE_BUDGET_MS = 3_000;

export async function shutDown(plan: ShutdownPlan): Promise<ShutdownReport> {
  const log = plan.log ?? ((line: string) => logger.warn({ module: "shutdown" }, line));
  const deadline = Date.now() + plan.timeoutMs;
  const [requests, work] = await Promise.all([
    Promise.all(plan.servers.map((server) => closeServerGracefully(server, deadline))),
    plan.stopWork(plan.timeoutMs).catch((error: unknown) => {
      log(`[shutdown] stopping the outbox failed: ${describe(error)}; its claims expire with their lease`);
      return { released: 0 };
    }),
  ]);
  const unclosed = await closeAll(plan.closers, plan.closeBudgetMs ?? CLOSE_BUDGET_MS, log);
  return { requests, released: work.released, unclosed };
}

async function closeAll(
  closers: ShutdownPlan["closers"],
  budgetMs: number,
  log: (line: string) => void,
): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), budgetMs)));
  const outcomes = await Promise.all(
    closers.map(({ name, close }) =>
      Promise.race([close().then(() => "closed" as const), budget]).catch((error: unknown) => {
        log(`[shutdown] closing ${name} failed: ${describe(error)}`);
        return "failed" as const;
      }),
    ),
  );
  clearTimeout(timer);
  return closers.flatMap(({ name }, i) => (outcomes[i] === "closed" ? [] : [name]));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
