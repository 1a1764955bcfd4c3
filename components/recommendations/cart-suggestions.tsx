import { getCartSuggestions } from "@/lib/recommendations";
import { RecommendationSection } from "./recommendation-section";

/** "You may also like" under a cart: read per request, like the cart page itself. */
export async function CartSuggestions({ variantIds }: { variantIds: number[] }) {
  const products = await getCartSuggestions(variantIds);
  return <RecommendationSection id="cart-suggestions-heading" title="You may also like" products={products} />;
}
