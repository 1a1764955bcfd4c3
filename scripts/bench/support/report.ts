import { availableParallelism, loadavg } from "node:os";

// Percentile tables every bench prints, in one format.

export type Samples = Record<string, number[]>;

/** The nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function printTable(title: string, samples: Samples, seconds: number): void {
  console.log(`\n${title} (${seconds.toFixed(1)} s)`);
  console.log("  operation             count    p50 ms   p95 ms   p99 ms   max ms    ops/s");
  const fmt = (n: number, width: number) => n.toFixed(2).padStart(width);
  for (const [name, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(
      `  ${name.padEnd(18)} ${String(sorted.length).padStart(8)} ${fmt(percentile(sorted, 50), 8)} ${fmt(percentile(sorted, 95), 8)} ${fmt(percentile(sorted, 99), 8)} ${fmt(sorted.at(-1) ?? NaN, 8)} ${fmt(sorted.length / seconds, 8)}`,
    );
  }
}

/** p50 and p95 over every operation of a phase. */
export function summarize(samples: Samples): string {
  const all = Object.values(samples)
    .flat()
    .sort((a, b) => a - b);
  return `p50 ${percentile(all, 50).toFixed(2)} ms, p95 ${percentile(all, 95).toFixed(2)} ms`;
}

/**
 * The machine's 1, 5 and 15 minute load averages and core count: figures taken on a busy
 * machine are not comparable with an idle one's, so every bench prints these with them.
 */
export function machineLoad(): string {
  const [one, five, fifteen] = loadavg().map((n) => n.toFixed(2));
  return `load average ${one}, ${five}, ${fifteen} on ${availableParallelism()} cores`;
}

/** The command that reproduces this run, with the env variables that shaped it. */
export function benchCommand(name: string, env: Record<string, string | number | undefined>): string {
  const set = Object.entries(env)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => `${key}=${withoutPassword(String(value))}`);
  return [...set, "npm run bench --", name].join(" ");
}

function withoutPassword(value: string): string {
  if (!/^[a-z]+:\/\//.test(value)) return value;
  const url = new URL(value);
  if (url.password) url.password = "***";
  return url.toString();
}
