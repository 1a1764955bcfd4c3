import type { Metadata } from "next";
import { MergeGuestList } from "@/components/wishlist/merge-guest-list";
import { WishlistList } from "@/components/wishlist/wishlist-list";
import { requireUser } from "@/lib/auth";
import { listMyWishlistItems } from "@/lib/wishlist";

export const metadata: Metadata = { title: "Wishlist" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// The hearts without JavaScript land here after saving or removing.
const notices: Record<string, string> = {
  saved: "Saved to your wishlist.",
  removed: "Removed from your wishlist.",
};

// A guest's list lives in their browser and is shown on /wishlist; at login it joins this one.
export default async function WishlistPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/account/wishlist");
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
      <MergeGuestList />
      <WishlistList items={await listMyWishlistItems(user.id)} />
    </section>
  );
}
