/**
 * What the header shows one visitor: the only per-visitor part of a catalog page. Booleans
 * and a count only: no name, no email.
 */
export type VisitorSummary = {
  signedIn: boolean;
  staff: boolean;
  /** Items in the visitor's cart; null when the cart store cannot answer right now. */
  cartCount: number | null;
};
