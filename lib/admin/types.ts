import type { Product, ProductImage } from "@/db/schema";

/** The fields a product form shows and a save writes as they are. */
export type ProductFields = Pick<
  Product,
  "name" | "slug" | "brand" | "description" | "status" | "featured" | "categoryId"
>;

// The admin screens' view shapes, named here so that components depend on lib, not on db,
// and lib never imports a component.

/** A product as the product form's fields: every value a string as typed, rows for the repeated parts. */
export type ProductFormDefaults = ProductFields & {
  id: number | null;
  specifications: { specName: string; specValue: string }[];
  /** The variant editor's options in their order; empty for a product with one default variant. */
  options: ProductOptionInput[];
  variants: Record<string, string>[];
};

/** One option of a product and its values, in the order the shopper sees them. */
export type ProductOptionInput = { name: string; values: string[] };

/** A product image as the admin image list shows it. */
export type AdminProductImage = Pick<ProductImage, "id" | "path" | "alt" | "width" | "height"> & {
  /** The variants it leads for ("Black / S"); empty when it is for all of them. */
  shownFor: string[];
};
