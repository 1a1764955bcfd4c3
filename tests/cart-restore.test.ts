import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { db } from "@/db";
import { products } from "@/db/schema";
import { newCartId } from "@/lib/cart/cart-id";
import { restoreLinesToCart } from "@/lib/cart/restore";
import { createPostgresCartStore } from "@/lib/cart/store/postgres-store";
import { insertProduct } from "./helpers/checkout-fixtures";

// A shopper who gives up on paying by card gets the order's items back in the cart.

it("puts each line back, as many as are in stock, and leaves out what is no longer sold", async () => {
  const store = createPostgresCartStore(db);
  const plenty = await insertProduct(db, { name: "Camp Mug", variants: [{ price: 1200, stock: 10 }] });
  const scarce = await insertProduct(db, { name: "Titanium Spork", variants: [{ price: 900, stock: 1 }] });
  const withdrawn = await insertProduct(db, { name: "Old Lantern", variants: [{ price: 3000, stock: 5 }] });
  await db.update(products).set({ status: "archived" }).where(eq(products.id, withdrawn.productId));
  const cartId = newCartId();

  const restored = await restoreLinesToCart(
    cartId,
    [
      { variantId: plenty.variantIds[0]!, quantity: 2 },
      { variantId: scarce.variantIds[0]!, quantity: 3 },
      { variantId: withdrawn.variantIds[0]!, quantity: 1 },
      { variantId: null, quantity: 1 }, // a line whose variant was deleted since
    ],
    store,
  );

  expect(restored).toBe(2);
  const cart = await store.get(cartId);
  expect(cart?.lines.map((l) => [l.variantId, l.quantity]).sort()).toEqual(
    [
      [plenty.variantIds[0]!, 2],
      [scarce.variantIds[0]!, 1],
    ].sort(),
  );
});
