import { NotFoundMessage } from "@/components/not-found-message";
import { ShopMain } from "@/components/shop-main";

export default function ProductNotFound() {
  return (
    <ShopMain>
      <NotFoundMessage
        title="Product not found"
        message="This product doesn’t exist or is no longer sold. The categories above have everything we carry today."
      />
    </ShopMain>
  );
}
