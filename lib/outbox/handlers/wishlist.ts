import { sendEmail } from "@/lib/email";
import { announceBackInStock } from "@/lib/wishlist";
import { defineHandler } from "../types";

// Back-in-stock emails in two idempotent steps (lib/wishlist/back-in-stock.ts): a product
// change claims the wishlist rows whose item can be bought again and writes one event per
// shopper; each of those sends one email, keyed by its own event id.

export const checkWishlistStock = defineHandler({
  id: "check-wishlist-stock",
  event: "catalog/product.changed",
  run: ({ data }, { db }) => announceBackInStock(db, data.productId),
});

export const sendBackInStockEmail = defineHandler({
  id: "send-back-in-stock-email",
  event: "shop/wishlist.back-in-stock",
  run: ({ id, data }, { db, email }) =>
    sendEmail(
      { db, sender: email },
      {
        template: "back-in-stock",
        to: data.email,
        eventId: id,
        userId: data.userId,
        props: {
          ...(data.name ? { name: data.name } : {}),
          productName: data.productName,
          ...(data.variant ? { variant: data.variant } : {}),
          productUrl: data.productUrl,
          wishlistUrl: data.wishlistUrl,
          ...(data.price !== undefined ? { price: data.price } : {}),
          ...(data.currency ? { currency: data.currency } : {}),
        },
      },
    ),
});
