import { NotFoundMessage } from "@/components/not-found-message";
import { ShopMain } from "@/components/shop-main";

export default function CategoryNotFound() {
  return (
    <ShopMain>
      <NotFoundMessage
        title="Category not found"
        message="This category doesn’t exist or has been renamed. The menu above lists every category we carry."
      />
    </ShopMain>
  );
}
