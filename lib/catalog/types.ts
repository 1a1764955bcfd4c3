import type { Specification } from "@/db/schema";
import type { Money } from "@/lib/money";

// Shapes the catalog reads return. They cross the server/client boundary and the
// unstable_cache store, so everything here is JSON: no Dates (ISO strings), no class instances.

// A product's specification rows are stored as they are shown.
export type { Specification };

export type CatalogImage = { url: string; alt: string; width: number; height: number };

/** A product page's photo and the variants it shows (empty: all of them), first when one is chosen. */
export type ProductImageDetail = CatalogImage & { variantIds: number[] };

export type CategoryLink = { slug: string; name: string };

export type CategoryNode = CategoryLink & { id: number; children: CategoryNode[] };

export type CategoryPage = CategoryLink & {
  id: number;
  description: string;
  /** Root first, ending with this category. */
  trail: CategoryLink[];
  children: CategoryLink[];
};

export type CategoryTile = CategoryLink & {
  description: string;
  /** Active products in this category and all of its descendants. */
  productCount: number;
  image: CatalogImage | null;
};

export type ProductCard = {
  id: number;
  slug: string;
  name: string;
  brand: string;
  /** The lowest variant price ("from …"), and that variant's compare-at price. */
  price: Money;
  compareAt: Money | null;
  inStock: boolean;
  image: CatalogImage | null;
  /** Average of the published reviews to one decimal, and how many; null without reviews. */
  rating: { average: number; count: number } | null;
};

export type ProductListing = {
  items: ProductCard[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
};

export type VariantDetail = {
  id: number;
  sku: string;
  title: string;
  options: Record<string, string>;
  price: Money;
  compareAt: Money | null;
  stock: number;
};

export type ProductDetail = {
  id: number;
  slug: string;
  name: string;
  brand: string;
  description: string;
  specifications: Specification[];
  /** Root first, ending with the product's own category; empty when uncategorised. */
  trail: CategoryLink[];
  variants: VariantDetail[];
  /** One per photo: a photo assigned to several variants is stored once per variant. */
  images: ProductImageDetail[];
  updatedAt: string;
};

export type SitemapEntry = { slug: string; updatedAt: string };
