// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export type { ImportReport } from "./product-csv";
export type { ProductFormDefaults } from "./types";
export type { ProductOptionInput } from "./types";
export {
  combinationKey,
  combinations,
  combinationTitle,
  imageChoices,
  MAX_OPTIONS,
  suggestSku,
} from "./variant-matrix";
