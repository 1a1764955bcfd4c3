// The demo catalog seed: used by scripts/seed.ts and, on the embedded database, at server start.
export { seedCatalog, seedCatalogIfEmpty } from "./catalog";
export { seedOrders } from "./orders";
export { seedSettings } from "./settings";
export { seedSyntheticProducts } from "./synthetic";
