// Every cache tag in one place (docs/architecture.md, conventions): reads tag themselves with these, writes
// expire exactly these (lib/cache expireTags). Tags are plain strings so both sides must
// agree on spelling.
export const cacheTags = {
  catalog: "catalog",
  categories: "categories",
  category: (slug: string) => `category:${slug}`,
  products: "products",
  product: (slug: string) => `product:${slug}`,
  /** A product's published reviews and their summary (lib/reviews). */
  productReviews: (productId: number) => `reviews:${productId}`,
  /** Search results and suggestions: expired whenever an index changes. */
  search: "search",
  /** The owner's settings (lib/settings): the header, the home page and anything showing them. */
  settings: "settings",
} as const;
