import type { Product, ProductVariant } from "@/db/schema";
import { toDecimalString } from "@/lib/catalog";
import { optionsFromVariants } from "./variant-matrix";
import type { ProductFormDefaults } from "./types";

export const emptyProductDefaults: ProductFormDefaults = {
  id: null,
  name: "",
  slug: "",
  brand: "",
  description: "",
  status: "draft",
  featured: false,
  categoryId: null,
  specifications: [],
  options: [],
  variants: [],
};

/** A stored product as the form's strings: prices back to decimals in their currency. */
export function productFormDefaults(product: Product, variants: ProductVariant[]): ProductFormDefaults {
  return {
    id: product.id,
    name: product.name,
    slug: product.slug,
    brand: product.brand,
    description: product.description,
    status: product.status,
    featured: product.featured,
    categoryId: product.categoryId,
    specifications: product.specifications.map((s) => ({ specName: s.name, specValue: s.value })),
    // Products saved before the editor kept their options only on the variants.
    options: product.options.length ? product.options : optionsFromVariants(variants),
    variants: variants.map((v) => ({
      variantId: String(v.id),
      variantSku: v.sku,
      variantTitle: v.title,
      variantOptions: JSON.stringify(v.options),
      variantPrice: toDecimalString({ amount: v.priceAmount, currency: v.currency }),
      variantCompareAt:
        v.compareAtAmount === null ? "" : toDecimalString({ amount: v.compareAtAmount, currency: v.currency }),
      variantStock: String(v.stock),
      variantStockLoaded: String(v.stock),
      variantWeight: String(v.weightGrams),
    })),
  };
}
