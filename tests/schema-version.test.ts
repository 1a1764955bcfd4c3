import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { createDbHandle, type DbHandle } from "@/db/client";
import { ensureSchemaCurrent, schemaVersion } from "@/db/schema-version";

// Migrations on deploy: a server on Postgres refuses a database its migrations have not
// reached, or with MIGRATE_ON_START migrates it, once however many instances start together.
// Each test gets an empty database of its own on the Postgres server (the postgres project).

const baseUrl = process.env.TEST_DATABASE_BASE_URL;
const cleanups: (() => Promise<void>)[] = [];

async function emptyDatabase(): Promise<string> {
  const name = `sf_schema_${randomBytes(5).toString("hex")}`;
  const admin = postgres(baseUrl!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  cleanups.push(async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
  return Object.assign(new URL(baseUrl!), { pathname: `/${name}` }).toString();
}

function handleFor(url: string): DbHandle {
  const handle = createDbHandle({ kind: "postgres", url });
  cleanups.push(() => handle.close());
  return handle;
}

async function versionOf(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await schemaVersion(sql);
  } finally {
    await sql.end();
  }
}

/** Starts the server's start-up (lib/server-start) in a process of its own, as `next start` runs it. */
function startServerProcess(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  const script = `const { prepareServer } = await import("./lib/server-start.ts"); await prepareServer(); console.log("started"); process.exit(0);`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join("node_modules", ".bin", "tsx"),
      ["--conditions=react-server", "--input-type=module", "-e", script],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          AUTH_SECRET: randomBytes(32).toString("base64url"),
          MIGRATE_ON_START: "",
          REDIS_URL: "",
          OUTBOX_POLL_INTERVAL_MS: "0",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.skipIf(!baseUrl)("migrations on deploy", () => {
  it("refuse an empty database with one line that says what to run", async () => {
    const url = await emptyDatabase();
    const { needed } = await versionOf(url);
    expect(needed).toBeGreaterThan(0);

    await expect(ensureSchemaCurrent(handleFor(url), { migrate: false })).rejects.toThrow(
      `the database is at migration 0, this build needs ${needed}: run \`npm run db:migrate\``,
    );
    // Nothing was created on the way.
    expect(await versionOf(url)).toEqual({ applied: 0, needed });
  });

  it("stop a starting server on an empty database, before it serves anything", async () => {
    const url = await emptyDatabase();
    const { needed } = await versionOf(url);

    const { code, output } = await startServerProcess(url);

    expect(code).not.toBe(0);
    expect(output).toContain(`the database is at migration 0, this build needs ${needed}: run \`npm run db:migrate\``);
    expect(output).not.toContain("started");
  });

  it("name how far a partly migrated database got, and let a current one start", async () => {
    const url = await emptyDatabase();
    const handle = handleFor(url);
    await handle.migrate();
    const { needed } = await versionOf(url);
    expect(await versionOf(url)).toEqual({ applied: needed, needed });
    await expect(ensureSchemaCurrent(handle, { migrate: false })).resolves.toBe(0);

    // As a build with newer migrations sees it: the last one is not applied.
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`;
    await sql.end();
    await expect(ensureSchemaCurrent(handle, { migrate: false })).rejects.toThrow(
      `the database is at migration ${needed - 1}, this build needs ${needed}`,
    );
  });

  it("with MIGRATE_ON_START, migrate once when several instances start together, and start them all", async () => {
    const url = await emptyDatabase();
    const { needed } = await versionOf(url);
    const starters = Array.from({ length: 4 }, () => handleFor(url));

    const applied = await Promise.all(starters.map((handle) => ensureSchemaCurrent(handle, { migrate: true })));

    // One instance applied every migration; the others waited for it and found nothing to do.
    expect(applied.toSorted()).toEqual([0, 0, 0, needed]);
    expect(await versionOf(url)).toEqual({ applied: needed, needed });
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [{ rows } = { rows: 0 }] = await sql<{ rows: number }[]>`
      select count(*)::int as rows from drizzle.__drizzle_migrations`;
    await sql.end();
    expect(rows).toBe(needed);
    // And each of them now passes the check a plain start makes.
    for (const handle of starters) await expect(ensureSchemaCurrent(handle, { migrate: false })).resolves.toBe(0);
  });
});
