// Every cache tag in one place (STYLE.md §5): reads tag themselves with these, writes
// invalidate exactly these. Tags are plain strings so both sides must agree on spelling.
export const cacheTags = {
  catalog: "catalog",
  categories: "categories",
  category: (slug: string) => `category:${slug}`,
  products: "products",
  product: (slug: string) => `product:${slug}`,
} as const;
