// What client components may take from recommendations: types only, no server code.

/** A product as a link card the browser renders after load ("Picked for you", "Recently viewed"). */
export type ProductLink = {
  slug: string;
  name: string;
  brand: string;
  image: { url: string; alt: string } | null;
  /** The card's price as shown ("$24.50"); absent where the browser does not know it. */
  price?: string;
};
