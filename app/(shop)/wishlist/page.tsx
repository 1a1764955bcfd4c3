import type { Metadata } from "next";
import { ShopMain } from "@/components/shop-main";
import { GuestWishlist } from "@/components/wishlist/guest-wishlist";

export const metadata: Metadata = { title: "Your wishlist", robots: { index: false } };

// A guest's wishlist, kept in their browser: this page is static and the same for everyone;
// the list is read in the browser. Signed-in shoppers are sent on to /account/wishlist.
export default function GuestWishlistPage() {
  return (
    <ShopMain>
      <div className="py-8">
        <h1 className="text-2xl font-bold tracking-tight text-gray-950">Your wishlist</h1>
        <div className="mt-6 max-w-3xl">
          <GuestWishlist />
        </div>
      </div>
    </ShopMain>
  );
}
