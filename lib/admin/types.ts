import type { ProductImage } from "@/db/schema";

// The admin screens' view shapes, named here so that components depend on lib, not on db,
// and lib never imports a component.

/** A product as the product form's fields: every value a string as typed, rows for the repeated parts. */
export type ProductFormDefaults = {
  id: number | null;
  name: string;
  slug: string;
  brand: string;
  description: string;
  status: "draft" | "active" | "archived";
  featured: boolean;
  categoryId: number | null;
  specifications: { specName: string; specValue: string }[];
  variants: Record<string, string>[];
};

/** A product image as the admin image list shows it. */
export type AdminProductImage = Pick<ProductImage, "id" | "path" | "alt" | "width" | "height">;
