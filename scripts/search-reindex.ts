import { performance } from "node:perf_hooks";
import { Presets, SingleBar } from "cli-progress";
import { runScript } from "./run-script";

// `npm run search:reindex`: rebuilds every search index from the catalog — the Postgres
// index always, Meilisearch too when MEILISEARCH_HOST is set — without an empty moment:
// Postgres swaps in one transaction, Meilisearch builds a new index and swaps it in.
// On the embedded database, stop the dev server first: one process per PGlite folder.
runScript(async () => {
  const { dbHandle } = await import("@/db");
  const { checkConnection } = await import("@/db/client");
  const { reindexAll } = await import("@/lib/search/reindex");
  const { target } = dbHandle;
  const started = performance.now();
  // One bar per engine; held in an object because the callbacks below replace it.
  const progress: { bar: SingleBar | null } = { bar: null };

  try {
    await checkConnection(dbHandle);
    console.log(
      `Reindexing search from ${target.kind === "postgres" ? "Postgres (DATABASE_URL)" : `PGlite (${target.dataDir})`}`,
    );
    const summary = await reindexAll(dbHandle.db, {
      onStart: (engine, total) => {
        progress.bar?.stop();
        progress.bar = new SingleBar(
          { format: `  ${engine.padEnd(11)} [{bar}] {value}/{total} ({percentage}%) {duration}s`, hideCursor: true },
          Presets.shades_classic,
        );
        progress.bar.start(total, 0);
      },
      onProgress: ({ indexed }) => progress.bar?.update(indexed),
    });
    progress.bar?.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Done in ${seconds} s: ${summary.map((s) => `${s.engine} ${s.indexed} products`).join(", ")}.`);
  } finally {
    progress.bar?.stop();
    await dbHandle.close();
  }
});
