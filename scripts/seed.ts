import { performance } from "node:perf_hooks";
import { Presets, SingleBar } from "cli-progress";
import { parseSeedArgs, seedUsage } from "@/db/seed/cli-args";
import { runScript } from "./run-script";

// Migrates, then upserts the demo catalog; `--products N` adds N synthetic products on top,
// `--orders N` a synthetic order history (db/seed/orders.ts) for recommendations.
// Safe to repeat: every step upserts or skips what is already there.
runScript(async () => {
  const args = parseSeedArgs(process.argv.slice(2));
  if (args.help) {
    console.log(seedUsage);
    return;
  }

  const { dbHandle } = await import("@/db");
  const { checkConnection } = await import("@/db/client");
  const { seedCatalog, seedOrders, seedSyntheticProducts } = await import("@/db/seed");
  const { target } = dbHandle;
  const started = performance.now();
  const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

  try {
    await checkConnection(dbHandle);
    console.log(`Seeding ${target.kind === "postgres" ? "Postgres (DATABASE_URL)" : `PGlite (${target.dataDir})`}`);
    if (target.kind === "postgres") {
      // Under the lock the store's servers and `npm run db:migrate` take (db/schema-version.ts).
      const { migrateUnderLock } = await import("@/db/schema-version");
      await migrateUnderLock(dbHandle);
    } else {
      await dbHandle.migrate();
    }
    const catalog = await seedCatalog(dbHandle.db, { log: (line) => console.log(`  ${line}`) });

    let added = 0;
    if (args.products > 0) {
      const syntheticStarted = performance.now();
      const bar = new SingleBar(
        { format: "  Synthetic products [{bar}] {value}/{total} ({percentage}%) {duration}s", hideCursor: true },
        Presets.shades_classic,
      );
      bar.start(args.products, 0);
      try {
        added = await seedSyntheticProducts(dbHandle.db, args.products, { onProgress: (done) => bar.update(done) });
      } finally {
        bar.stop();
      }
      console.log(
        `  Synthetic products: ${added} added, ${args.products - added} already present (${elapsed(syntheticStarted)})`,
      );
    }

    let ordersAdded = 0;
    if (args.orders) {
      const ordersStarted = performance.now();
      const bar = new SingleBar(
        { format: "  Synthetic orders [{bar}] {value}/{total} ({percentage}%) {duration}s", hideCursor: true },
        Presets.shades_classic,
      );
      bar.start(args.orders, 0);
      try {
        ordersAdded = await seedOrders(dbHandle.db, args.orders, { onProgress: (done) => bar.update(done) });
      } finally {
        bar.stop();
      }
      console.log(
        `  Synthetic orders: ${ordersAdded} added, ${args.orders - ordersAdded} already present (${elapsed(ordersStarted)})`,
      );
    }

    const synthetic = args.products ? `; ${args.products} synthetic products (${added} new)` : "";
    console.log(
      `Done in ${elapsed(started)}: ${catalog.categories} categories, ${catalog.products} demo products ` +
        `(${catalog.variants} variants, ${catalog.images} images)${synthetic}` +
        `${args.orders ? `; ${args.orders} synthetic orders (${ordersAdded} new)` : ""}.`,
    );
  } finally {
    await dbHandle.close();
  }
});
