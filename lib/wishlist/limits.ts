// The cap on one wishlist: enough for any real shopper, small enough that one account cannot
// grow the table (or the page) without bound.
export const MAX_WISHLIST_ITEMS = 200;

export const WISHLIST_FULL = `Your wishlist is full (${MAX_WISHLIST_ITEMS} items). Remove something to save this.`;
