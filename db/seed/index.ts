// The demo catalog seed: used by scripts/seed.ts and, on the embedded database, at server start.
export { seedCatalog, seedCatalogIfEmpty, type SeedCatalogOptions, type SeedCatalogResult } from "./catalog";
export { seedSyntheticProducts, type SeedSyntheticOptions } from "./synthetic";
