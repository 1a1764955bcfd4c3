// Limits shared by the cart stores, the actions and the forms.

/** The most of one variant a line may hold: a sane cap against typos and hoarding scripts. */
export const MAX_LINE_QUANTITY = 99;

/** Guest carts expire after this long without use; every use pushes the expiry back. */
export const GUEST_CART_TTL_SECONDS = 60 * 60 * 24 * 30;
