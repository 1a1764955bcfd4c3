import { CartUnavailable } from "@/components/cart/cart-unavailable";
import { ShopMain } from "@/components/shop-main";

/** A checkout step's page while the cart store cannot answer: its heading and the message. */
export function CheckoutCartUnavailable({
  title,
  message,
  retryHref,
}: {
  title: string;
  message: string;
  retryHref: string;
}) {
  return (
    <ShopMain>
      <div className="mx-auto max-w-5xl py-8">
        <h1 className="text-3xl font-bold tracking-tight text-gray-950">{title}</h1>
        <CartUnavailable message={message} retryHref={retryHref} />
      </div>
    </ShopMain>
  );
}
