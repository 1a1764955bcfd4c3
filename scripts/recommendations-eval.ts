import { Presets, SingleBar } from "cli-progress";
import { runScript } from "./run-script";

// `npm run recommendations:eval`: hit rate at 4 of "frequently bought together" against best
// sellers, each shopper's last order held out (lib/recommendations/evaluate.ts). Nothing is
// changed: the counts are rebuilt inside a transaction that is rolled back. Make a history
// first with `npm run db:seed -- --orders 4000`; on the embedded database stop the dev server
// (one process per PGlite folder). Run under the react-server condition (package.json), as
// the store's reads are server-only modules.
runScript(async () => {
  const { dbHandle } = await import("@/db");
  const { checkConnection } = await import("@/db/client");
  const { evaluateHoldout } = await import("@/lib/recommendations/evaluate");
  const bar = new SingleBar(
    { format: "  Held-out orders [{bar}] {value}/{total} ({percentage}%) {duration}s", hideCursor: true },
    Presets.shades_classic,
  );
  try {
    await checkConnection(dbHandle);
    let started = false;
    const report = await evaluateHoldout(dbHandle.db, {
      onProgress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    });
    bar.stop();
    if (report.heldOut === 0) {
      console.log("No shopper has two paid orders: make a history with `npm run db:seed -- --orders 4000`.");
      return;
    }
    const pct = (r: { rate: number }) => `${(r.rate * 100).toFixed(1)}%`;
    const line = (name: string, r: { hits: number; queries: number; rate: number }) =>
      `  ${name.padEnd(32)} ${pct(r).padStart(6)}  (${r.hits}/${r.queries})`;
    console.log(
      `${report.shoppers} shoppers' last orders held out; counts from ${report.trainingOrders} other orders.\n` +
        `Hit rate at ${report.k} (a list names another product of the held-out order):\n` +
        `${line("Frequently bought together", report.together)}\n` +
        `${line("Best sellers (baseline)", report.bestSellers)}\n` +
        `${line("Category best sellers", report.categoryBestSellers)}`,
    );
  } finally {
    bar.stop();
    await dbHandle.close();
  }
});
