import { checkConnection } from "@/db/client";

/**
 * Start-up checks for a server process. The env is validated on import of lib/env (a bad
 * variable fails here, by name). On Postgres the schema must be current (or MIGRATE_ON_START
 * migrates it). On the embedded default the database is migrated and the demo catalog seeded,
 * so the README's one run command gives a working store.
 */
export async function prepareServer(): Promise<void> {
  try {
    // First: a shutdown must find the HTTP server and the responses in progress.
    const { watchHttpServers } = await import("@/lib/http/server-registry");
    watchHttpServers();
    // Before the first request too: rate limits key on the address this stamps on each request.
    const { stampPeerAddresses } = await import("@/lib/http/peer-address");
    stampPeerAddresses();
    // Production with a real database needs AUTH_SECRET from the operator (shared by all
    // instances); the embedded default generates its secrets into DATA_DIR instead.
    const { assertAuthSecretConfigured, loadOrCreateLocalSecrets } = await import("@/lib/auth/secrets");
    assertAuthSecretConfigured();
    // Before the first request: Next's cache handlers forward to what is installed here.
    const { createCacheRuntime, installCache } = await import("@/lib/cache");
    const { env } = await import("@/lib/env");
    installCache(createCacheRuntime({ redisUrl: env.VERCEL ? undefined : env.REDIS_URL }));
    const { dbHandle } = await import("@/db");
    const { log } = await import("@/lib/log");
    await checkConnection(dbHandle);
    if (dbHandle.target.kind === "postgres") {
      // A build never serves a database its migrations have not reached: it stops here with
      // the line that says so, or migrates first when the operator asked for that.
      const { ensureSchemaCurrent } = await import("@/db/schema-version");
      const applied = await ensureSchemaCurrent(dbHandle, { migrate: env.MIGRATE_ON_START });
      if (applied > 0) log.info({ module: "db" }, `applied ${applied} migrations (MIGRATE_ON_START)`);
    }
    if (dbHandle.target.kind === "pglite") {
      await dbHandle.migrate();
      const { seedCatalogIfEmpty } = await import("@/db/seed");
      await seedCatalogIfEmpty(dbHandle.db, { log: (line) => log.info({ module: "seed" }, line) });
      // Index the seeded catalog now: were a product published before the first search, the
      // "index is empty" bootstrap would never run and the seeded products never be found.
      const { ensurePostgresIndex } = await import("@/lib/search/reindex");
      await ensurePostgresIndex(dbHandle.db, (line) => log.info({ module: "search" }, line));
      loadOrCreateLocalSecrets();
      const { ensureDemoStaff } = await import("@/lib/auth/admin-users");
      // Plain console: the log masks emails, and this public demo sign-in must stay readable.
      await ensureDemoStaff(dbHandle.db, (line) => console.log(`[auth] ${line}`));
    }
    // A sign-in merges the browser's guest cart into the account's.
    const { installAfterSignIn } = await import("@/lib/auth/after-sign-in");
    const { mergeCartAtLogin } = await import("@/lib/cart/merge");
    installAfterSignIn(mergeCartAtLogin);
    // Delivers outbox rows left from before this start and sweeps for missed ones; events
    // enqueued in a request are dispatched after its response through the installed kick.
    const { kickDispatcher, startOutboxSweep } = await import("@/lib/outbox/runtime");
    const { installDispatchKick } = await import("@/lib/events/dispatch-hook");
    installDispatchKick(() => kickDispatcher({ wait: true }));
    startOutboxSweep();
    const { startMaintenanceSchedule } = await import("@/lib/maintenance/schedule");
    startMaintenanceSchedule();
    const { shutDownOnSignal } = await import("@/lib/shutdown-on-signal");
    shutDownOnSignal();
  } catch (error) {
    console.error(`\nThe store cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
