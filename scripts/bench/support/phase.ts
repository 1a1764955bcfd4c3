import { performance } from "node:perf_hooks";
import type { Samples } from "./report";

// The load loop every bench runs: `workers` simulated users each repeating `step`, until the
// phase's operation or time budget runs out.

export type Recorder = (name: string, ms: number) => void;

export type PhaseOptions = {
  workers: number;
  /** Recorded operations after which no user starts another step. */
  maxOps: number;
  seconds: number;
  /** Mean pause after each step, drawn uniformly from half to one and a half times this. */
  thinkMs?: number;
};

/**
 * Runs the phase and returns every recorded latency by operation name. The first failure
 * stops every user before the phase returns, so nothing writes after a bench starts cleaning up.
 */
export async function runPhase(
  options: PhaseOptions,
  step: (worker: number, record: Recorder) => Promise<void>,
): Promise<{ samples: Samples; seconds: number }> {
  const samples: Samples = {};
  let ops = 0;
  let failed = false;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const record: Recorder = (name, ms) => {
    (samples[name] ??= []).push(ms);
    ops += 1;
  };
  const more = () => !failed && ops < options.maxOps && performance.now() < deadline;
  const results = await Promise.allSettled(
    Array.from({ length: options.workers }, async (_, worker) => {
      try {
        while (more()) {
          await step(worker, record);
          const think = options.thinkMs ?? 0;
          if (think > 0 && more()) await new Promise((resolve) => setTimeout(resolve, think * (0.5 + Math.random())));
        }
      } catch (error) {
        failed = true;
        throw error;
      }
    }),
  );
  const failure = results.find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** Runs `run` and records how long it took under `name`. */
export async function timed<T>(record: Recorder, name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  record(name, performance.now() - start);
  return result;
}
