import { reindexProduct } from "@/lib/search";
import { defineHandler } from "../types";

// Keeps the search indexes in step with the catalog: one product, every index
// (lib/search/reindex.ts). Idempotent: it writes the product as it is now, or removes it.
export const reindexChangedProduct = defineHandler({
  id: "reindex-product",
  event: "catalog/product.changed",
  run: ({ data }, { db }) => reindexProduct(db, data.productId),
});
