import postgres from "postgres";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startStreamingReplica, type StreamingReplica } from "./helpers/streaming-replica";

// Read replicas (docs/architecture.md, scale-out): with DATABASE_REPLICA_URLS set, the cached
// catalog and search reads go to a replica and a shopper's own orders to the primary. Against
// a real streaming replica of a cluster of the test's own: with replay paused on the replica,
// a renamed product still shows its old name on the catalog reads while the order placed a
// moment ago is there on the account read; once replay resumes the catalog catches up.
//
// The clusters are the test's own, so the file runs once, in the pglite project (which every
// run has); the postgres project would only start the same clusters again.

// Outside Next, "use cache" is a plain string and cacheLife/cacheTag have no cache to tag.
vi.mock("next/cache", async (original) => ({
  ...(await original<typeof import("next/cache")>()),
  cacheLife: () => {},
  cacheTag: () => {},
}));

// db/index.ts keeps its handle here; the file's own database (tests/setup) is put back after.
const globalForDb = globalThis as unknown as { __storefrontDb?: unknown };

async function loadStore() {
  const [dbModule, schema, catalog, search, reindex, orders, catalogFixture, checkout] = await Promise.all([
    import("@/db"),
    import("@/db/schema"),
    import("@/lib/catalog"),
    import("@/lib/search"),
    import("@/lib/search/reindex"),
    import("@/lib/orders/queries"),
    import("./catalog-fixture"),
    import("./helpers/checkout-fixtures"),
  ]);
  return { ...dbModule, ...schema, ...catalog, ...search, ...reindex, ...orders, ...catalogFixture, ...checkout };
}

let cluster: StreamingReplica | undefined;
let store: Awaited<ReturnType<typeof loadStore>> | undefined;
let replicaAdmin: postgres.Sql | undefined;
const ownDatabase = globalForDb.__storefrontDb;

const productName = async (slug: string) => (await store!.getProductBySlug(slug))?.name;
const searchedNames = async (q: string) =>
  (await store!.searchProducts(store!.parseSearchParams({ q }))).hits.map((hit) => hit.name);
const listedNames = async (categorySlug: string) =>
  (await store!.listProducts({ categorySlug })).items.map((item) => item.name);

describe.skipIf(process.env.TEST_DATABASE_BASE_URL)("read replicas", () => {
  beforeAll(async () => {
    cluster = await startStreamingReplica();
    globalForDb.__storefrontDb = undefined;
    vi.stubEnv("DATABASE_URL", cluster.primaryUrl);
    vi.stubEnv("DATABASE_REPLICA_URLS", cluster.replicaUrl);
    vi.resetModules();
    store = await loadStore();
    replicaAdmin = postgres(cluster.replicaUrl, { max: 1, onnotice: () => {} });

    await store.dbHandle.migrate();
    await store.insertCatalogFixture(store.db);
    await store.reindexAll(store.db);
    expect(await store.waitForReplicas(10_000)).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await replicaAdmin?.end({ timeout: 5 });
    await store?.closeDb();
    globalForDb.__storefrontDb = ownDatabase;
    vi.unstubAllEnvs();
    await cluster?.stop();
  }, 60_000);

  it("sends catalog reads to the replica and the primary handle to the primary", async () => {
    const { selectRows, catalogDb, db } = store!;
    const where = sql`select pg_is_in_recovery() as replica, current_setting('application_name') as app`;
    expect(await selectRows(catalogDb, where)).toEqual([{ replica: true, app: "storefront-replica" }]);
    expect(await selectRows(db, where)).toEqual([{ replica: false, app: "storefront" }]);
    // The query builder's reads too (withReplicas), and writes through it still reach the primary.
    const [row] = await catalogDb
      .select({ replica: sql<boolean>`pg_is_in_recovery()` })
      .from(store!.products)
      .limit(1);
    expect(row).toEqual({ replica: true });
  });

  it("serves the catalog from the replica while the shopper's just-placed order reads from the primary", async () => {
    const { db, products, users } = store!;
    expect(await productName("ridge-tent")).toBe("Ridge Tent");

    await replicaAdmin!`select pg_wal_replay_pause()`;
    try {
      const [tent] = await db
        .update(products)
        .set({ name: "Ridge Tent Pro" })
        .where(sql`${products.slug} = 'ridge-tent'`)
        .returning({ id: products.id });
      await store!.reindexProduct(db, tent!.id);
      await db.insert(users).values({ id: "replica-shopper", email: "replica-shopper@example.com" });
      const { variantIds } = await store!.insertProduct(db, { variants: [{ price: 2000, stock: 5 }] });
      const placed = await store!.reviewAndPlace(db, {
        lines: [{ variantId: variantIds[0]!, quantity: 1 }],
        details: store!.shopperDetails({ email: "replica-shopper@example.com" }),
        userId: "replica-shopper",
        ownerKey: "user:replica-shopper",
      });
      if (!placed.ok) throw new Error(placed.message);

      // The replica has not replayed the rename: every catalog read still shows the old name.
      expect(await productName("ridge-tent")).toBe("Ridge Tent");
      expect(await listedNames("tents")).toEqual(["Ridge Tent"]);
      expect(await searchedNames("ridge")).toEqual(["Ridge Tent"]);
      // The account's order page reads the primary: the order is there, with its line.
      const order = await store!.getAccountOrder("replica-shopper", placed.order.number);
      expect(order?.order.id).toBe(placed.order.id);
      expect(order?.lines).toHaveLength(1);
      // …which the replica would not have shown yet.
      const onReplica = await store!.selectRows(
        store!.catalogDb,
        sql`select id from orders where id = ${placed.order.id}`,
      );
      expect(onReplica).toEqual([]);
      // Expiring tags now would let a render cache the old name: the wait says so.
      expect(await store!.waitForReplicas(300)).toBe(false);
    } finally {
      await replicaAdmin!`select pg_wal_replay_resume()`;
    }

    expect(await store!.waitForReplicas(10_000)).toBe(true);
    expect(await productName("ridge-tent")).toBe("Ridge Tent Pro");
    expect(await listedNames("tents")).toEqual(["Ridge Tent Pro"]);
    expect(await searchedNames("ridge")).toEqual(["Ridge Tent Pro"]);
  });
});
