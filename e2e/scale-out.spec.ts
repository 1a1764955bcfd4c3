import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "./fixtures";
import postgres from "postgres";
import { createClient } from "redis";
import { freePort, startStore, type StoreServer } from "../scripts/bench/support/store-server";
import { logIn } from "./support";

// Two instances of the built store (`next start`) on one Postgres and one Redis, as behind a
// load balancer: what staff change on A is what shoppers get from B, at once, because both
// serve pages from the one cache in Redis and A expires its tags there before it answers.
// So B's first page after A's answer already shows the change (well within the 2 s allowed;
// how long that page takes to render is a matter for the bench, not for this journey).
//
// Needs E2E_DATABASE_URL (a Postgres server to create a database on) and E2E_REDIS_URL; CI
// sets both (.ci/run). The build is the one the other journeys run.

const serverUrl = process.env.E2E_DATABASE_URL;
const redisBase = process.env.E2E_REDIS_URL;
const admin = { email: "scale-out-admin@example.com", password: "scale-out-admin-password" };

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.skip(!serverUrl || !redisBase, "needs E2E_DATABASE_URL and E2E_REDIS_URL (a Postgres and a Redis server)");

let a: StoreServer;
let b: StoreServer;
let cleanup = async () => {};

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const name = `sf_e2e_${randomBytes(5).toString("hex")}`;
  const server = postgres(serverUrl!, { max: 1, onnotice: () => {} });
  await server.unsafe(`CREATE DATABASE ${name}`);
  const databaseUrl = Object.assign(new URL(serverUrl!), { pathname: `/${name}` }).toString();
  // A Redis database of its own (emptied before and after), so nothing else's keys mix in.
  const redisUrl = Object.assign(new URL(redisBase!), { pathname: "/11" }).toString();
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  await redis.flushDb();
  const dataDir = mkdtempSync(path.join(tmpdir(), "scale-out-"));
  cleanup = async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis.flushDb();
    await redis.close();
    await server.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
  };
  await run(["scripts/seed.ts"], env);
  await run(["scripts/create-admin.ts", "--email", admin.email, "--password", admin.password], env);
  const [portA, portB] = [await freePort(), await freePort()];
  const site = (port: number) => ({ SITE_URL: `http://localhost:${port}`, AUTH_URL: `http://localhost:${port}` });
  [a, b] = await Promise.all([
    startStore({ ...env, ...site(portA) }, { port: portA }),
    startStore({ ...env, ...site(portB) }, { port: portB }),
  ]);
});

test.afterAll(async () => cleanup());

test("a price change, a sell-out and an unpublish made on one instance show on the other at once", async ({
  browser,
}) => {
  const staffContext = await browser.newContext({ baseURL: a.url });
  const shopperContext = await browser.newContext({ baseURL: b.url });
  const staff = await staffContext.newPage();
  const shopper = await shopperContext.newPage();
  const product = "/products/weekender-duffel-bag";

  // B has the page cached: the first visit renders it, the second is served from the cache.
  await shopper.goto(product);
  await shopper.goto(product);
  await expect(shopper.getByTestId("product-price")).toContainText("$");
  await expect(shopper.getByTestId("stock-status")).not.toHaveText("Out of stock");

  await staff.goto(`/login?callbackUrl=${encodeURIComponent("/admin/products")}`);
  await logIn(staff, admin.email, admin.password);
  await staff.waitForURL((url) => url.pathname === "/admin/products");
  await staff.getByRole("searchbox").fill("Weekender Duffel");
  await staff.getByRole("searchbox").press("Enter");
  await staff
    .getByRole("link", { name: /Weekender Duffel Bag/ })
    .first()
    .click();
  await staff.waitForURL(/\/admin\/products\/\d+$/);

  // The price, on A…
  await staff.getByLabel("Price (row 1)").fill("123.45");
  await save(staff);
  // …on B.
  await shopper.goto(product);
  await expect(shopper.getByTestId("product-price")).toContainText("$123.45", { timeout: 100 });

  // Sold out: the stock set to 0 on A.
  await staff.getByLabel("Stock (row 1)").fill("0");
  await save(staff);
  await shopper.goto(product);
  await expect(shopper.getByTestId("stock-status")).toHaveText("Out of stock", { timeout: 100 });

  // Unpublished on A: B answers 404.
  await staff.getByRole("button", { name: "Unpublish" }).click();
  await expect(staff.getByText("Status: draft")).toBeVisible();
  expect((await shopper.goto(product))?.status()).toBe(404);

  await staffContext.close();
  await shopperContext.close();
});

/** Saves the product form and waits for the server's answer (the form then shows what was saved). */
async function save(staff: Page) {
  const answered = staff.waitForResponse((response) => response.request().method() === "POST" && response.ok());
  await staff.getByRole("button", { name: "Save product" }).click();
  await answered;
}

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join("node_modules", ".bin", "tsx"), args, {
      stdio: "ignore",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`tsx ${args.join(" ")} exited with code ${code}`)),
    );
  });
}
