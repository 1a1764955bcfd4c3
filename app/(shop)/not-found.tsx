import { NotFoundMessage } from "@/components/not-found-message";
import { ShopMain } from "@/components/shop-main";

export default function ShopNotFound() {
  return (
    <ShopMain>
      <NotFoundMessage
        title="We couldn’t find that page"
        message="It may have been removed or is no longer available. Browse the categories above or start again from the home page."
      />
    </ShopMain>
  );
}
