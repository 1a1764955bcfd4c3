import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";

// A throwaway Postgres primary and a streaming replica of it, for tests/read-replicas.test.ts.
// The shared server must not be reconfigured (its pg_hba has no replication line), so this
// makes a cluster of its own with initdb and copies it with `pg_basebackup -R`. Postgres
// refuses to run as root: as root, every server command runs as the `postgres` user.

const BIN_DIR = "/usr/lib/postgresql/15/bin";
const COMMAND_TIMEOUT_MS = 30_000;
const run = promisify(execFile);

export type StreamingReplica = {
  primaryUrl: string;
  replicaUrl: string;
  /** Stops both servers and removes their folders; safe to call after a partial start. */
  stop: () => Promise<void>;
};

function serverUser(): string[] {
  return process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
}

async function pg(binary: string, args: string[]): Promise<void> {
  const [command, ...prefix] = [...serverUser(), path.join(BIN_DIR, binary)];
  try {
    await run(command!, [...prefix, ...args], { timeout: COMMAND_TIMEOUT_MS });
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`${binary} failed: ${stderr?.trim() || message}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const urlOf = (port: number) => `postgres://postgres@127.0.0.1:${port}/postgres`;

/** Starts a primary (wal_level=replica) and a replica streaming from it; fails with the reason if it cannot. */
export async function startStreamingReplica(): Promise<StreamingReplica> {
  if (!existsSync(path.join(BIN_DIR, "initdb")) || !existsSync(path.join(BIN_DIR, "pg_basebackup"))) {
    throw new Error(
      `The read-replica test needs the PostgreSQL 15 server binaries in ${BIN_DIR} (initdb, pg_basebackup)`,
    );
  }
  const root = await mkdtemp(path.join(tmpdir(), "sf-replica-"));
  const primaryDir = path.join(root, "primary");
  const replicaDir = path.join(root, "replica");
  const started: string[] = [];
  const stop = async () => {
    // Immediate: the clusters are thrown away, nothing needs a clean checkpoint.
    for (const dir of started.reverse())
      await pg("pg_ctl", ["-D", dir, "-m", "immediate", "-w", "stop"]).catch(() => {});
    await rm(root, { recursive: true, force: true });
  };
  try {
    if (process.getuid?.() === 0) {
      const { stdout } = await run("id", ["-u", "postgres"]);
      const { stdout: gid } = await run("id", ["-g", "postgres"]);
      await chown(root, Number(stdout), Number(gid));
    }
    const [primaryPort, replicaPort] = [await freePort(), await freePort()];
    await pg("initdb", ["-D", primaryDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    await appendFile(
      path.join(primaryDir, "postgresql.conf"),
      [
        `port = ${primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${root}'`,
        "wal_level = replica",
        "max_wal_senders = 4",
        "fsync = off",
        "",
      ].join("\n"),
    );
    await appendFile(path.join(primaryDir, "pg_hba.conf"), "host replication all 127.0.0.1/32 trust\n");
    await pg("pg_ctl", ["-D", primaryDir, "-l", path.join(root, "primary.log"), "-w", "-t", "30", "start"]);
    started.push(primaryDir);

    await pg("pg_basebackup", [
      ...["-h", "127.0.0.1", "-p", String(primaryPort), "-U", "postgres"],
      ...["-D", replicaDir, "-R", "-X", "stream", "--checkpoint=fast", "--no-sync"],
    ]);
    // The copy carries the primary's settings; the later line wins.
    await appendFile(path.join(replicaDir, "postgresql.conf"), `port = ${replicaPort}\n`);
    await pg("pg_ctl", ["-D", replicaDir, "-l", path.join(root, "replica.log"), "-w", "-t", "30", "start"]);
    started.push(replicaDir);

    await untilStreaming(urlOf(replicaPort));
    return { primaryUrl: urlOf(primaryPort), replicaUrl: urlOf(replicaPort), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function untilStreaming(replicaUrl: string, timeoutMs = 15_000): Promise<void> {
  const sql = postgres(replicaUrl, { max: 1, onnotice: () => {} });
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [row] = await sql<{ status: string | null }[]>`select status from pg_stat_wal_receiver`;
      if (row?.status === "streaming") return;
      if (Date.now() > deadline) throw new Error(`the replica is not streaming (${row?.status ?? "no receiver"})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}
