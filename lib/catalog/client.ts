// What "use client" components may import from this domain: pure helpers, view types and
// server actions. Nothing here may reach the database or Node APIs.
export { productPath } from "./paths";
export type { ProductImageDetail, VariantDetail } from "./types";
export { imagesForVariant } from "./variant-images";
export { optionGroups, optionsOf, resolveVariant, variantForOption } from "./variant-selection";
export type { SearchParamsInput } from "./listing-params";
export { isValidSlug } from "./slug";
export { stockLabel, stockLevel } from "./variant-selection";
