import type { Money } from "@/lib/money";

// One interface, three implementations (Redis TCP, Upstash REST, Postgres), one contract
// suite (tests/cart-store-contract.test.ts). A store keeps only variant ids and quantities,
// plus the unit price the shopper saw when adding, which is never used to charge: prices
// come from the database at every read (docs/architecture.md, invariants).

export type StoredLine = {
  variantId: number;
  quantity: number;
  /** The unit price shown when the line was last added or edited; only for a notice. */
  seenUnitPrice: Money;
  addedAt: Date;
};

export type StoredCart = {
  id: string;
  /** Oldest first, so lines keep their place as quantities change. */
  lines: StoredLine[];
};

export type AddLineInput = {
  variantId: number;
  quantity: number;
  /** The line never grows past this (stock, and at most MAX_LINE_QUANTITY). */
  cap: number;
  seenUnitPrice: Money;
};

export type AddLineResult = {
  /** The line's quantity after the add. */
  quantity: number;
  /** How many were actually added: less than asked when the cap was reached. */
  added: number;
  /** Items in the whole cart after the add (for the header's count). */
  cartItems: number;
};

export interface CartStore {
  readonly kind: "redis" | "upstash" | "postgres";

  /** The cart's lines, or null when it does not exist (never created, cleared or expired). */
  get(cartId: string): Promise<StoredCart | null>;

  /**
   * Atomically adds `quantity` to the line, never past `cap` and never lowering a line that
   * is already above it. Creates the cart and the line as needed. Safe under concurrency.
   */
  add(cartId: string, input: AddLineInput): Promise<AddLineResult>;

  /**
   * Sets a line's quantity (0 removes it). Returns false when the line is not in the cart:
   * a quantity edit never creates a line.
   */
  setQuantity(cartId: string, variantId: number, quantity: number, seenUnitPrice?: Money): Promise<boolean>;

  /** Removes a line; false when it was not there. */
  remove(cartId: string, variantId: number): Promise<boolean>;

  /** Removes every line (an account cart stays assigned to its account). */
  clear(cartId: string): Promise<void>;

  /**
   * Moves every line of `fromCartId` into `toCartId` in one atomic step: quantities added,
   * capped per variant by `caps` (a variant missing from `caps` is dropped), then deletes
   * the source cart. Lines already in the target are never lowered.
   */
  merge(fromCartId: string, toCartId: string, caps: ReadonlyMap<number, number>): Promise<void>;

  /** The cart assigned to an account, or null. */
  getUserCartId(userId: string): Promise<string | null>;

  /**
   * Assigns `cartId` to the account unless it already has a cart, and returns the account's
   * cart id either way (first claim wins under concurrency). Account carts never expire.
   */
  claimUserCart(userId: string, cartId: string): Promise<string>;

  /** Deletes expired guest carts where expiry is not automatic; returns how many. */
  purgeExpired(): Promise<number>;
}
