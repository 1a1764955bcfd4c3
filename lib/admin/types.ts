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
  variants: Record<string, string>[];
};

/** A product image as the admin image list shows it. */
export type AdminProductImage = Pick<ProductImage, "id" | "path" | "alt" | "width" | "height">;
