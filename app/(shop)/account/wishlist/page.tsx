import type { Metadata } from "next";
import { GuestWishlist } from "@/components/wishlist/guest-wishlist";
import { MergeGuestList } from "@/components/wishlist/merge-guest-list";
import { WishlistEmpty } from "@/components/wishlist/wishlist-empty";
import { WishlistList } from "@/components/wishlist/wishlist-list";
import { getSessionUser } from "@/lib/auth";
import { listMyWishlistItems } from "@/lib/wishlist";

export const metadata: Metadata = { title: "Wishlist" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The hearts without JavaScript land here after saving or removing.
const notices: Record<string, string> = {
  saved: "Saved to your wishlist.",
  removed: "Removed from your wishlist.",
};

// Unlike the other account pages this one answers guests too: their list lives in the
// browser (components/wishlist/guest-wishlist.tsx), and the page says how to keep it.
export default async function WishlistPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getSessionUser();
  const { notice } = await searchParams;
  const banner = notices[String(notice)];

  return (
    <section aria-labelledby="wishlist-title" className="space-y-4">
      <h2 id="wishlist-title" className="text-lg font-semibold text-gray-950">
        Wishlist
      </h2>
      {banner && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {banner}
        </p>
      )}
      {user ? <AccountWishlist userId={user.id} /> : <GuestWishlist />}
    </section>
  );
}

async function AccountWishlist({ userId }: { userId: string }) {
  const items = await listMyWishlistItems(userId);
  return (
    <>
      <MergeGuestList />
      {items.length === 0 ? <WishlistEmpty /> : <WishlistList items={items} />}
    </>
  );
}
