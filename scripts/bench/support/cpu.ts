import { existsSync, readFileSync } from "node:fs";

// CPU time, which a busy machine does not inflate the way it inflates latency: what a request
// costs the database server and the bench process, read from /proc on Linux.

/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
const TICK_MS = 10;

/** User + system CPU time of a local process in ms, or null where /proc cannot say. */
export function processCpuMs(pid: number): number | null {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  const stat = readFileSync(file, "utf8");
  // Fields after the command name, which may hold spaces and ends at the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** This process's CPU time in ms. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Summed CPU time of Postgres backends `pids` in ms, or null when they are not processes of
 * this machine (a remote or containerised server, where the same pid is someone else).
 */
export function postgresCpuMs(pids: number[]): number | null {
  let total = 0;
  for (const pid of pids) {
    const comm = `/proc/${pid}/comm`;
    if (!existsSync(comm) || readFileSync(comm, "utf8").trim() !== "postgres") return null;
    const ms = processCpuMs(pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}
